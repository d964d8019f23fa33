namespace ReportSite.Cli.Serve;

/// <summary>
/// Watches the input folder and the theme and tells the preview what changed: edits to Markdown
/// in the input by path (the fast path may handle them); anything else — files added, removed or
/// renamed, configuration, data, images, the theme — as a change that needs a full build. Hidden
/// files (editors' swap and temporary files) are ignored. A watched folder that is deleted and
/// created again (a checkout, a copy replacing it) is watched again from its parent.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<FolderWatch> _folders = [];
    private bool _disposed;

    public SiteWatcher(string inputDirectory, string? themeDirectory, Action<PreviewSite.Change> notify)
    {
        var input = Path.GetFullPath(inputDirectory);
        _folders.Add(new FolderWatch(input, notify, markdownEdits: true));
        // A theme inside the input folder is already watched.
        if (themeDirectory is not null && !Path.GetFullPath(themeDirectory).StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            _folders.Add(new FolderWatch(Path.GetFullPath(themeDirectory), notify, markdownEdits: false));
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var folder in _folders) folder.Dispose();
        }
    }

    /// <summary>
    /// One watched folder: a recursive watcher on the folder itself while it exists, and a watcher on
    /// its parent that notices the folder being deleted, created or renamed into place, and starts over.
    /// </summary>
    private sealed class FolderWatch : IDisposable
    {
        private readonly string _root;
        private readonly Action<PreviewSite.Change> _notify;
        private readonly bool _markdownEdits;
        private readonly Lock _lock = new();
        private readonly FileSystemWatcher? _parent;
        private FileSystemWatcher? _contents;
        private bool _disposed;

        public FolderWatch(string root, Action<PreviewSite.Change> notify, bool markdownEdits)
        {
            _root = root.TrimEnd(Path.DirectorySeparatorChar);
            _notify = notify;
            _markdownEdits = markdownEdits;
            if (Path.GetDirectoryName(_root) is { } parent && Directory.Exists(parent))
            {
                _parent = new FileSystemWatcher(parent)
                {
                    IncludeSubdirectories = false,
                    NotifyFilter = NotifyFilters.DirectoryName,
                    Filter = Path.GetFileName(_root),
                };
                _parent.Created += (_, _) => Restart();
                _parent.Deleted += (_, _) => Restart();
                _parent.Renamed += (_, _) => Restart();
                _parent.EnableRaisingEvents = true;
            }
            Restart(notify: false);
        }

        /// <summary>Watches the folder again (or stops, when it is gone) and asks for a full build.</summary>
        private void Restart(bool notify = true)
        {
            lock (_lock)
            {
                if (_disposed) return;
                _contents?.Dispose();
                _contents = null;
                if (Directory.Exists(_root))
                {
                    try { _contents = WatchContents(); }
                    catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
                    {
                        _contents = null; // deleted again while starting: the parent's next event starts over
                    }
                }
            }
            if (notify) _notify(new PreviewSite.Change([], NeedsFullBuild: true));
        }

        private FileSystemWatcher WatchContents()
        {
            var watcher = new FileSystemWatcher(_root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Report(e.FullPath, edited: true);
            watcher.Created += (_, e) => Report(e.FullPath, edited: false);
            watcher.Deleted += (_, e) => Report(e.FullPath, edited: false);
            // Saving by writing a temporary file and renaming it over the original is an edit of the original.
            watcher.Renamed += (_, e) => Report(e.FullPath, edited: Path.GetFileName(e.OldFullPath).StartsWith('.') || e.OldFullPath.EndsWith('~'));
            // Events were lost (or the folder went away under the watcher): start over and rebuild everything.
            watcher.Error += (_, _) => Restart();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }

        private void Report(string fullPath, bool edited)
        {
            var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
            if (relative.Split('/').Any(segment => segment.StartsWith('.') || segment.EndsWith('~'))) return;
            var fast = _markdownEdits && edited && relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            _notify(new PreviewSite.Change(fast ? [relative] : [], NeedsFullBuild: !fast));
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _disposed = true;
                _contents?.Dispose();
                _parent?.Dispose();
            }
        }
    }
}

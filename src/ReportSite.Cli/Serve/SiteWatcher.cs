namespace ReportSite.Cli.Serve;

/// <summary>
/// Watches the input folder and the theme and tells the preview what changed: edits to Markdown
/// in the input by path (the fast path may handle them); anything else — files added, removed or
/// renamed, configuration, data, images, the theme — as a change that needs a full build. Hidden
/// files (editors' swap and temporary files) are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public SiteWatcher(string inputDirectory, string? themeDirectory, Action<PreviewSite.Change> notify)
    {
        var input = Path.GetFullPath(inputDirectory);
        Watch(input, notify, markdownEdits: true);
        // A theme inside the input folder is already watched.
        if (themeDirectory is not null && !Path.GetFullPath(themeDirectory).StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            Watch(Path.GetFullPath(themeDirectory), notify, markdownEdits: false);
    }

    private void Watch(string root, Action<PreviewSite.Change> notify, bool markdownEdits)
    {
        if (!Directory.Exists(root)) return;
        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };

        void Report(string fullPath, bool edited)
        {
            var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
            if (relative.Split('/').Any(segment => segment.StartsWith('.') || segment.EndsWith('~'))) return;
            var fast = markdownEdits && edited && relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            notify(new PreviewSite.Change(fast ? [relative] : [], NeedsFullBuild: !fast));
        }

        watcher.Changed += (_, e) => Report(e.FullPath, edited: true);
        watcher.Created += (_, e) => Report(e.FullPath, edited: false);
        watcher.Deleted += (_, e) => Report(e.FullPath, edited: false);
        // Saving by writing a temporary file and renaming it over the original is an edit of the original.
        watcher.Renamed += (_, e) => Report(e.FullPath, edited: Path.GetFileName(e.OldFullPath).StartsWith('.') || e.OldFullPath.EndsWith('~'));
        watcher.Error += (_, _) => notify(new PreviewSite.Change([], NeedsFullBuild: true));
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}

using ReportSite.Diagnostics;

namespace ReportSite.Content;

/// <summary>
/// Lists the input folder's files (relative paths, '/' separators, sorted; names starting with '.'
/// skipped). A symbolic link is followed only when it points inside the input folder: a link out of
/// it (to /etc/passwd, to a home folder) would publish files the site's authors never wrote, so it
/// is an error and nothing is read through it. Published output is written, never linked. Theme
/// folders are listed the same way, links allowed only inside the theme.
/// </summary>
internal static class InputFiles
{
    /// <summary>
    /// The folder of themes inside the input folder (<c>input/themes/NAME</c>). It is not content: the
    /// theme loader lists it with the theme's own, stricter link rule, so the input listing leaves it
    /// out rather than report its files twice.
    /// </summary>
    public const string ThemesFolder = "themes";

    /// <param name="root">The folder to list: the input folder, or a theme folder beside it.</param>
    /// <param name="diagnostics">Receives links out of <paramref name="root"/> and files that are not regular files.</param>
    /// <param name="label">How diagnostics name <paramref name="root"/> (e.g. "../themes/mine"); null for the input folder, whose files are named as they are.</param>
    /// <param name="skipFolder">A top-level folder not to list (<see cref="ThemesFolder"/> for the input folder).</param>
    public static List<string> List(string root, DiagnosticBag diagnostics, string? label = null, string? skipFolder = null)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var allowed = new[] { fullRoot, Resolved(new DirectoryInfo(fullRoot)) ?? fullRoot };
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { fullRoot };
        var pending = new Stack<string>([fullRoot]);
        while (pending.TryPop(out var directory))
            foreach (var entry in Entries(directory, fullRoot, label, diagnostics))
            {
                if (entry.Name.StartsWith('.') || (skipFolder is not null && directory == fullRoot && entry.Name == skipFolder)) continue;
                var relative = InputPath.Relative(fullRoot, entry.FullName);
                var named = label is null ? relative : $"{label}/{relative}";
                var real = entry.FullName;
                // The attributes come with the folder listing; only links cost a readlink.
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null)
                {
                    real = Resolved(entry) ?? "";
                    if (!allowed.Any(a => real.StartsWith(a + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                    {
                        var folder = label is null ? "input" : "theme";
                        diagnostics.Error(DiagnosticCodes.SymlinkOutside, SourceLocation.FileOnly(named),
                            $"This is a symbolic link to '{entry.LinkTarget}', outside the {folder} folder; it is not read.",
                            $"Copy the file into the {folder} folder instead of linking to it.");
                        continue;
                    }
                }
                if (entry.Attributes.HasFlag(FileAttributes.Directory))
                {
                    // A link back up the tree would otherwise be walked for ever.
                    if (visited.Add(real)) pending.Push(entry.FullName);
                }
                else if (!FileKind.IsRegularOrDirectory(entry.FullName))
                    diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(named),
                        "This is not a regular file (a named pipe, device or socket); reading it could wait for ever, so it is not read.",
                        "Remove it from the input folder, or replace it with an ordinary file holding its content.");
                else files.Add(relative);
            }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Reports each of <paramref name="paths"/> (relative to <paramref name="root"/>) that cannot be
    /// opened for reading, such as an image without read permission: RS0002 at the file, found before
    /// anything is written rather than as a failure to write the output.
    /// </summary>
    public static void ReportUnreadable(string root, IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        foreach (var path in paths)
        {
            try
            {
                File.OpenHandle(Path.Combine(root, path)).Dispose();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(path), ex.Message,
                    "Check that the file can be read (e.g. chmod 644).");
            }
        }
    }

    /// <summary>The entries of a folder; none, with an error naming the folder, when it cannot be listed (no permission).</summary>
    private static List<FileSystemInfo> Entries(string directory, string root, string? label, DiagnosticBag diagnostics)
    {
        try
        {
            return [.. new DirectoryInfo(directory).EnumerateFileSystemInfos()];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var relative = directory == root ? "." : InputPath.Relative(root, directory);
            var named = label is null ? relative : $"{label}/{relative}";
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(named),
                $"This folder could not be read ({ex.Message}); none of its files are published.",
                "Check the folder's permissions (it must be readable and searchable, e.g. chmod 755).");
            return [];
        }
    }

    /// <summary>The full path a link finally points to, or null when it is not a link or leads nowhere.</summary>
    private static string? Resolved(FileSystemInfo entry)
    {
        try
        {
            return entry.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

using ReportSite.Diagnostics;

namespace ReportSite.Content;

/// <summary>
/// Lists the input folder's files (relative paths, '/' separators, sorted; names starting with '.'
/// skipped). A symbolic link is followed only when it points inside the input folder: a link out of
/// it (to /etc/passwd, to a home folder) would publish files the site's authors never wrote, so it
/// is an error and nothing is read through it. Published output is written, never linked.
/// </summary>
public static class InputFiles
{
    public static List<string> List(string root, DiagnosticBag diagnostics)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var allowed = new[] { fullRoot, Resolved(new DirectoryInfo(fullRoot)) ?? fullRoot };
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { fullRoot };
        var pending = new Stack<string>([fullRoot]);
        while (pending.TryPop(out var directory))
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.')) continue;
                var relative = InputPath.Relative(fullRoot, entry.FullName);
                var real = entry.FullName;
                // The attributes come with the folder listing; only links cost a readlink.
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null)
                {
                    real = Resolved(entry) ?? "";
                    if (!allowed.Any(a => real.StartsWith(a + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                    {
                        diagnostics.Error(DiagnosticCodes.SymlinkOutside, SourceLocation.FileOnly(relative),
                            $"This is a symbolic link to '{entry.LinkTarget}', outside the input folder; it is not read.",
                            "Copy the file into the input folder instead of linking to it.");
                        continue;
                    }
                }
                if (entry.Attributes.HasFlag(FileAttributes.Directory))
                {
                    // A link back up the tree would otherwise be walked for ever.
                    if (visited.Add(real)) pending.Push(entry.FullName);
                }
                else if (!FileKind.IsRegularOrDirectory(entry.FullName))
                    diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(relative),
                        "This is not a regular file (a named pipe, device or socket); reading it could wait for ever, so it is not read.",
                        "Remove it from the input folder, or replace it with an ordinary file holding its content.");
                else files.Add(relative);
            }
        files.Sort(StringComparer.Ordinal);
        return files;
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

using ReportSite.Diagnostics;

namespace ReportSite.Output;

/// <summary>
/// Refuses output folders whose replacement would delete something precious: the input, the theme,
/// a folder holding either, a git repository's root, the home folder, or a non-empty folder no build
/// wrote (the author's own files, say <c>docs/</c>); and paths that cannot be a folder at all.
/// </summary>
internal static class OutputSafety
{
    public static bool Check(string outputDirectory, IEnumerable<string> protectedDirectories, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory) || outputDirectory.Contains('\0'))
        {
            diagnostics.Error(DiagnosticCodes.UnwritableOutput, SourceLocation.FileOnly(Environment.CurrentDirectory),
                "The output folder is empty (or not a path): no folder to write the site to.",
                "Give a folder, such as --output _site.");
            return false;
        }
        if (FileInTheWay(outputDirectory) is { } file)
        {
            diagnostics.Error(DiagnosticCodes.UnwritableOutput, Location(outputDirectory),
                $"The output folder '{outputDirectory}' cannot be created: '{file}' is a file.",
                "Choose a folder path, such as _site, or move the file away.");
            return false;
        }
        var output = Normalise(outputDirectory);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Directory.Exists(Path.Combine(output, ".git")) || (home.Length > 0 && Normalise(home) == output))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, Location(outputDirectory),
                $"The output folder '{outputDirectory}' is a repository root or your home folder, and a build replaces the whole output folder.",
                "Choose an output folder of its own, such as _site.");
            return false;
        }
        foreach (var protectedDirectory in protectedDirectories)
        {
            var kept = Normalise(protectedDirectory);
            if (kept == output || kept.StartsWith(output, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeOutput, Location(outputDirectory),
                    $"The output folder '{outputDirectory}' holds '{protectedDirectory}', and a build replaces the whole output folder.",
                    "Choose an output folder of its own, such as _site.");
                return false;
            }
        }
        if (Directory.Exists(output) && !OutputMarker.IsIn(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            diagnostics.Error(DiagnosticCodes.ForeignOutput, Location(outputDirectory),
                $"The output folder '{outputDirectory}' is not empty and was not written by a build (it has no {OutputMarker.FileName}); a build replaces the whole output folder, so it is left as it is.",
                "Choose another folder, such as _site, or empty it, or delete it yourself if its files are not needed (an output written by a ReportSite version older than the marker is such a folder: delete it once).");
            return false;
        }
        return true;
    }

    /// <summary>The output folder as an absolute path: a relative one is relative to the working folder, not the input.</summary>
    internal static SourceLocation Location(string outputDirectory) => SourceLocation.FileOnly(Path.GetFullPath(outputDirectory));

    /// <summary>The output path itself or a folder above it that exists as a file, or null.</summary>
    private static string? FileInTheWay(string outputDirectory)
    {
        for (var path = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar); !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
            if (File.Exists(path)) return path;
        return null;
    }

    private static string Normalise(string directory) =>
        Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}

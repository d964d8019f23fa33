using ReportSite.Diagnostics;

namespace ReportSite.Output;

/// <summary>
/// Refuses output folders whose replacement would delete something precious: the input, the theme,
/// a folder holding either, a git repository's root, or the home folder.
/// </summary>
public static class OutputSafety
{
    public static bool Check(string outputDirectory, IEnumerable<string> protectedDirectories, DiagnosticBag diagnostics)
    {
        var output = Normalise(outputDirectory);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Directory.Exists(Path.Combine(output, ".git")) || (home.Length > 0 && Normalise(home) == output))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, SourceLocation.FileOnly(outputDirectory),
                $"The output folder '{outputDirectory}' is a repository root or your home folder, and a build replaces the whole output folder.",
                "Choose an output folder of its own, such as _site.");
            return false;
        }
        foreach (var protectedDirectory in protectedDirectories)
        {
            var kept = Normalise(protectedDirectory);
            if (kept == output || kept.StartsWith(output, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeOutput, SourceLocation.FileOnly(outputDirectory),
                    $"The output folder '{outputDirectory}' holds '{protectedDirectory}', and a build replaces the whole output folder.",
                    "Choose an output folder of its own, such as _site.");
                return false;
            }
        }
        return true;
    }

    private static string Normalise(string directory) =>
        Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}

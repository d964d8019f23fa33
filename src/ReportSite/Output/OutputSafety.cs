using ReportSite.Diagnostics;

namespace ReportSite.Output;

/// <summary>Refuses output folders whose replacement would delete the input or the theme.</summary>
public static class OutputSafety
{
    public static bool Check(string outputDirectory, IEnumerable<string> protectedDirectories, DiagnosticBag diagnostics)
    {
        var output = Normalise(outputDirectory);
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

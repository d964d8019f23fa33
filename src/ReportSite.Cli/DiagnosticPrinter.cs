using ReportSite.Diagnostics;

namespace ReportSite.Cli;

/// <summary>
/// Prints diagnostics with paths relative to the working folder: as text lines to standard error,
/// or as GitHub Actions annotations to standard output, where the runner reads workflow commands.
/// </summary>
public static class DiagnosticPrinter
{
    public const string Text = "text";
    public const string GitHub = "github";

    public static void Print(IEnumerable<Diagnostic> diagnostics, string inputDirectory, string format, CommandOutput console)
    {
        foreach (var diagnostic in diagnostics)
        {
            var path = DisplayPath(inputDirectory, diagnostic.File);
            if (format == GitHub) console.Out.WriteLine(GitHubAnnotation.Format(diagnostic, path));
            else console.Error.WriteLine(diagnostic.Format(path));
        }
    }

    /// <summary>"2 errors, 1 warning".</summary>
    public static string Counts(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        return $"{Plural(errors, "error")}, {Plural(diagnostics.Count - errors, "warning")}";
    }

    /// <summary>A diagnostic's file relative to the working folder (absolute when outside it), as editors open it.</summary>
    public static string DisplayPath(string inputDirectory, string file)
    {
        var full = Path.GetFullPath(Path.Combine(inputDirectory, file));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }

    private static string Plural(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}

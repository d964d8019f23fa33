namespace ReportSite.Diagnostics;

/// <summary>
/// Formats a diagnostic as a GitHub Actions workflow command
/// (<c>::error file=...,line=...,col=...,title=RS0102::message</c>), so it shows on the pull request.
/// </summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic diagnostic, string displayPath)
    {
        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var properties = new List<string> { $"file={Property(displayPath)}" };
        if (diagnostic.Line > 0)
        {
            properties.Add($"line={diagnostic.Line}");
            properties.Add($"col={Math.Max(diagnostic.Column, 1)}");
        }
        properties.Add($"title={Property(diagnostic.Code)}");
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} Hint: {diagnostic.Hint}";
        return $"::{command} {string.Join(',', properties)}::{Data(message)}";
    }

    // Escaping as the runner's toolkit does (actions/toolkit, core/src/command.ts).
    // Other control characters are shown visibly first (TerminalText): an escape sequence in the log could fake a line.
    private static string Data(string text) => TerminalText.Escape(text, keepLineBreaks: true).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}

namespace ReportSite.Diagnostics;

/// <summary>Whether a diagnostic stops the build.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in the user's input, located at <c>file:line:col</c> (1-based; 0 when unknown)
/// with a path relative to the input folder (theme files too, e.g. <c>../themes/default/x.html</c>),
/// and an optional hint saying how to fix it.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    /// <summary>Formats as <c>file:line:col: error RS0101: message Hint: ...</c>.</summary>
    public override string ToString() => Format(File);

    /// <summary>Formats with the file shown as <paramref name="displayPath"/> (e.g. relative to the working folder).</summary>
    public string Format(string displayPath)
    {
        var location = Line > 0 ? $"{displayPath}:{Line}:{Math.Max(Column, 1)}" : displayPath;
        var severity = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" Hint: {Hint}";
        // Escaped as a whole: the path, message and hint all carry the input's text.
        return TerminalText.Escape($"{location}: {severity} {Code}: {Message}{hint}");
    }
}

using ReportSite.Diagnostics;

namespace ReportSite.Build;

/// <summary>The outcome of a build: diagnostics (sorted), and what was written when it succeeded.</summary>
public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>HTML pages written per language, in the site's language order (shared pages such as 404 not counted).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> PagesByLanguage { get; init; } = [];
    public int FilesWritten { get; init; }
    public TimeSpan Elapsed { get; init; }
}

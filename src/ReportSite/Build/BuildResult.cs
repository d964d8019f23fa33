using ReportSite.Diagnostics;

namespace ReportSite.Build;

/// <summary>The outcome of a build: diagnostics (sorted), and what was written when it succeeded.</summary>
public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>HTML pages written per language code (pages shared by all languages are not counted).</summary>
    public IReadOnlyDictionary<string, int> PagesByLanguage { get; init; } = new Dictionary<string, int>();
    public int FilesWritten { get; init; }
    public TimeSpan Elapsed { get; init; }
}

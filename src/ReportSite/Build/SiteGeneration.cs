using ReportSite.Content;
using ReportSite.Data;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Output;
using ReportSite.Templating;

namespace ReportSite.Build;

/// <summary>
/// Everything a build produced before writing: the stages' results and the generated pages and
/// files. <c>build</c> writes it to disk; <c>serve</c> keeps it in memory and updates it in place
/// of what changed (see <see cref="IncrementalRebuild"/>).
/// </summary>
public sealed record SiteGeneration
{
    public required string InputDirectory { get; init; }
    public required LoadedContent Content { get; init; }
    public required Theme Theme { get; init; }
    public required LinkedSite Site { get; init; }
    public required SiteData Data { get; init; }
    public required IReadOnlyDictionary<string, DataLabels> Labels { get; init; }
    public required IReadOnlyList<RenderedPage> Pages { get; init; }

    /// <summary>Generated files other than pages: search index, CSV downloads.</summary>
    public required IReadOnlyList<OutputFile> Files { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

using ReportSite.Configuration;

namespace ReportSite.Content;

/// <summary>The result of the Load stage: configuration and every source document, in a stable order.</summary>
public sealed record LoadedContent
{
    public required SiteConfig Site { get; init; }
    public required IReadOnlyList<ReportConfig> Reports { get; init; }
    public required IReadOnlyList<SourceDocument> Documents { get; init; }

    /// <summary>Every file under the input folder (relative paths), to resolve images and other media.</summary>
    public required IReadOnlySet<string> Files { get; init; }
}

using ReportSite.Configuration;

namespace ReportSite.Content;

/// <summary>The result of the Load stage: configuration and every source document, in a stable order.</summary>
public sealed record LoadedContent
{
    public required SiteConfig Site { get; init; }
    public required IReadOnlyList<ReportConfig> Reports { get; init; }
    public required IReadOnlyList<SourceDocument> Documents { get; init; }

    /// <summary>Chapters and pages found but not published (drafts, files that failed to load), by path, so links to them say why.</summary>
    public IReadOnlyDictionary<string, UnpublishedReason> Unpublished { get; init; } = new Dictionary<string, UnpublishedReason>();

    /// <summary>Every file under the input folder (relative paths), to resolve images and other media.</summary>
    public required IReadOnlySet<string> Files { get; init; }

    /// <summary>Data tables from <c>input/data/</c>, by name.</summary>
    public IReadOnlyDictionary<string, Data.DataTable> Tables { get; init; } = new Dictionary<string, Data.DataTable>();

    /// <summary>The glossary from <c>input/data/glossary.yaml</c>, if there is one.</summary>
    public Data.Glossary? Glossary { get; init; }

    /// <summary>What git knows of the input folder (each file's last change, the folder's place in its repository); null outside a repository.</summary>
    public GitHistory? History { get; init; }
}

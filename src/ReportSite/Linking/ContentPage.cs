using ReportSite.Content;
using ReportSite.Markdown;

namespace ReportSite.Linking;

/// <summary>A chapter or standalone page placed in the site: its URL, order and translation group.</summary>
public sealed record ContentPage
{
    public required ParsedDocument Document { get; init; }
    public ContentKind Kind => Document.Source.Kind;
    public string Language => Document.Source.Language;
    public string? ReportId => Document.Source.ReportId;
    public string Title => Document.Title;

    /// <summary>The URL segment: the file name without its <c>NN-</c> prefix (see <see cref="ContentOrdering.Slugs"/>).</summary>
    public required string Slug { get; init; }

    /// <summary>Chapter number within its report, shared by translations (1-based); 0 for pages.</summary>
    public required int Number { get; init; }

    /// <summary>Sort key: front matter <c>order</c>, else the file name's number prefix.</summary>
    public required int Order { get; init; }

    /// <summary>Site path without the base path, e.g. <c>zh/wid-2024/economy/</c>.</summary>
    public required string SitePath { get; init; }

    /// <summary>Identifies the translations of one chapter or page across languages.</summary>
    public required string TranslationGroup { get; init; }

    /// <summary>The day (UTC) git last saw its file change — today for uncommitted changes; null outside a repository.</summary>
    public DateOnly? LastChanged { get; init; }
}

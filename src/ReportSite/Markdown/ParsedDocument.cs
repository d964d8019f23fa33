using ReportSite.Content;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Markdown;

/// <summary>
/// What other pages and the site read of a parsed chapter or page: its title, outline, anchors and
/// length. Immutable; the page's text and tree are its <see cref="PageBody"/>, which only the pipeline holds.
/// </summary>
public sealed record ParsedDocument
{
    public required SourceDocument Source { get; init; }
    public required string Title { get; init; }

    /// <summary>
    /// The id of the H1 the title was taken from (its GitHub slug, or its <c>{#id}</c>), so links
    /// to it land on the page's title; null when the title did not come from a heading.
    /// </summary>
    public string? TitleAnchor { get; init; }
    public required IReadOnlyList<SectionHeading> Outline { get; init; }

    /// <summary>
    /// The theme's ids (<c>main</c>…) an author's element had to give up, each with the element's new
    /// id (<c>user-content-main</c>): links to them are meant for the author's element, and go there.
    /// </summary>
    public IReadOnlyDictionary<string, string> RedirectedAnchors { get; init; } = new Dictionary<string, string>();

    /// <summary>Every id a link may target in this document: section ids, aliases, footnotes.</summary>
    public required IReadOnlySet<string> Anchors { get; init; }

    /// <summary>
    /// Its numbered tables, figures and boxes in document order, with the ids their authors gave them:
    /// what links and cross-references from any page may name.
    /// </summary>
    public required IReadOnlyList<Numbering.NumberedTarget> Targets { get; init; }

    /// <summary>Plain text length in characters (CJK) and words (Latin), for reading time.</summary>
    public required TextLength Length { get; init; }
}

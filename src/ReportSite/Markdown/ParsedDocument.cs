using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Markdown;

/// <summary>
/// The Parse stage's result for one chapter or page: its Markdown AST (owned by this document;
/// only the Link stage rewrites its URLs), resolved title and heading outline.
/// </summary>
public sealed record ParsedDocument
{
    public required SourceDocument Source { get; init; }
    public required MarkdownDocument Ast { get; init; }
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

    /// <summary>Plain text length in characters (CJK) and words (Latin), for reading time.</summary>
    public required TextLength Length { get; init; }

    /// <summary>The links, images and autolinks of the Markdown, in document order: what the Link stage rewrites.</summary>
    public required IReadOnlyList<Markdig.Syntax.Inlines.Inline> Links { get => _links; init => _links = value; }

    private IReadOnlyList<Markdig.Syntax.Inlines.Inline> _links = [];

    /// <summary>The raw HTML of the Markdown (HTML blocks and inline tags), in document order: what the Link stage resolves URLs in and rendering sanitises.</summary>
    public IReadOnlyList<MarkdownObject> RawHtml { get => _rawHtml; init => _rawHtml = value; }

    private IReadOnlyList<MarkdownObject> _rawHtml = [];

    /// <summary>Whether the Markdown holds raw HTML (blocks or inline tags), which rendering sanitises.</summary>
    public bool HasRawHtml => _rawHtml.Count > 0;

    /// <summary>
    /// Lets go of the tree, its links and the Markdown text once nothing reads them again: a build,
    /// after the page is rendered (other pages use only what parsing extracted). Most of a big
    /// site's memory.
    /// </summary>
    internal void Release()
    {
        Ast.Clear();
        _links = [];
        _rawHtml = [];
        Source.ReleaseBody();
    }
}

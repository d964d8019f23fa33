using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSite.Content;

namespace ReportSite.Markdown;

/// <summary>
/// A page's own text, owned by the build and handed from stage to stage: Parse makes it, Link
/// rewrites its URLs, the data stage puts tables and charts in place of their fences, and one
/// Render+Index step renders it and takes its search text; then nothing holds it and it is freed.
/// Other pages never read it: what they read is in the page's <see cref="ParsedDocument"/>.
/// </summary>
internal sealed class PageBody(SourceDocument source, string markdown, MarkdownDocument ast, IReadOnlyList<Inline> links, IReadOnlyList<MarkdownObject> rawHtml,
    IReadOnlyList<CrossReferences.CrossReferenceInline> references)
{
    /// <summary>The document this is the body of (for where its problems are reported).</summary>
    public SourceDocument Source { get; } = source;

    /// <summary>The text after the front matter, as read.</summary>
    public string Markdown { get; } = markdown;

    /// <summary>The Markdown tree; Link and the data stage change it in place, in that order.</summary>
    public MarkdownDocument Ast { get; } = ast;

    /// <summary>The links, images and autolinks of the Markdown, in document order: what the Link stage rewrites.</summary>
    public IReadOnlyList<Inline> Links { get; } = links;

    /// <summary>The raw HTML of the Markdown (HTML blocks and inline tags), in document order: what the Link stage resolves URLs in and rendering sanitises.</summary>
    public IReadOnlyList<MarkdownObject> RawHtml { get; } = rawHtml;

    /// <summary>The cross-references of the Markdown (<c>@tbl-x</c>), in document order: what the Link stage names and addresses.</summary>
    public IReadOnlyList<CrossReferences.CrossReferenceInline> References { get; } = references;

    /// <summary>Whether the Markdown holds raw HTML (blocks or inline tags), which rendering sanitises.</summary>
    public bool HasRawHtml => RawHtml.Count > 0;
}

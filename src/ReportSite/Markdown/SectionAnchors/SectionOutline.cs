using Markdig.Syntax;
using SectionHeadings = System.Collections.Generic.IReadOnlyList<ReportSite.Markdown.SectionAnchors.SectionHeading>;

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>
/// What <see cref="SectionAnchorExtension"/> found in a parsed page, kept on its document: the
/// leading H1 that is the page's title (still in the tree, for the parser to take out) and the
/// numbered headings of the rest, in document order.
/// </summary>
internal sealed record SectionOutline(HeadingBlock? Title, SectionHeadings Sections)
{
    private static readonly object Key = typeof(SectionOutline);

    private static readonly SectionOutline None = new(null, []);

    /// <summary>The outline of <paramref name="document"/>; empty when it has no headings.</summary>
    public static SectionOutline Of(MarkdownDocument document) => document.GetData(Key) as SectionOutline ?? None;

    public void StoreOn(MarkdownDocument document) => document.SetData(Key, this);
}

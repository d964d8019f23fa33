using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using ReportSite.Markdown;
using ReportSite.Markdown.DataBlocks;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Search;

/// <summary>
/// Cuts a page's Markdown into search sections at its headings, each with its plain text:
/// paragraphs, lists, quotes, table cells, the captions of data tables, charts and image figures, boxes' titles; code and raw
/// HTML are left out.
/// </summary>
internal static class SectionExtractor
{
    /// <summary>The sections of <paramref name="document"/>; <paramref name="buffer"/>, when given, collects each section's text (a worker's, reused page after page).</summary>
    public static List<SearchSection> Extract(MarkdownDocument document, string language, string pageUrl, string pageTitle, string context, bool secondary = false,
        StringBuilder? buffer = null)
    {
        var sections = new List<SearchSection>();
        var heading = "";
        var anchor = "";
        var text = buffer ?? new StringBuilder();
        text.Clear();

        void Flush()
        {
            if (text.Length > 0 || heading.Length > 0)
                sections.Add(new SearchSection(language, anchor.Length == 0 ? pageUrl : $"{pageUrl}#{anchor}", pageTitle, heading, context, Trimmed(text)) { Secondary = secondary });
            text.Clear();
        }

        void Walk(Block block)
        {
            switch (block)
            {
                case HeadingBlock h:
                    Flush();
                    // Parsing numbered the heading (SectionAnchorAssigner); its text is read now, after the
                    // Link stage gave its cross-references their numbered names ("表2-1", not "@tbl-x").
                    var numbered = h.GetData(typeof(SectionHeading)) as SectionHeading;
                    heading = InlineText.Of(h.Inline);
                    anchor = numbered?.Anchor.Id ?? "";
                    break;
                case Markdig.Extensions.Mathematics.MathBlock math:
                    // A formula is found by its TeX (its variables, its \text{} words), as inline ones are.
                    text.Append(Markdown.Mathematics.MathTypesetter.TexOf(math).Tex).Append('\n');
                    break;
                case FootnoteGroup or CodeBlock or HtmlBlock:
                    break;
                case DataTableBlock table:
                    text.Append(table.NumberLabel).Append(' ').Append(table.Caption).Append('\n');
                    break;
                case Markdown.ScrollableTables.RenderedTable table:
                    text.Append(table.Text);
                    break;
                case ChartBlock chart:
                    text.Append(chart.NumberLabel).Append(' ').Append(chart.Caption).Append('\n');
                    break;
                case LeafBlock { Inline: { } inline } leaf:
                    // An image figure's numbered caption is found as a chart's is; its alt text follows.
                    if (Markdown.Numbering.ImageFigure.Of(leaf) is { } figure && Markdown.Numbering.NumberName.Of(leaf) is { } figureName)
                        text.Append(figureName.Label).Append(' ').Append(figure.CaptionIsAlt ? "" : figure.Caption).Append('\n');
                    AppendLine(inline, text);
                    break;
                case ContainerBlock container:
                    // A box's number and title, and a callout's title, are words of its section too (a callout's label, a word on every callout, is not).
                    if (Markdown.Numbering.NumberName.Of(container) is { } boxName) text.Append(boxName.Label).Append(' ');
                    if (Markdown.Callouts.Callout.Of(container) is { Title: { } title }) text.Append(title).Append('\n');
                    foreach (var child in container) Walk(child);
                    break;
            }
        }

        foreach (var block in document) Walk(block);
        Flush();
        return sections;
    }

    /// <summary>Appends a paragraph's (or heading's, or cell's) plain text, trimmed, as a line of its own.</summary>
    internal static void AppendLine(Markdig.Syntax.Inlines.ContainerInline inline, StringBuilder text)
    {
        var start = text.Length;
        InlineText.Append(inline, text);
        TrimFrom(text, start);
        text.Append('\n');
    }

    /// <summary>Trims white space at both ends of what was appended from <paramref name="start"/> on (as trimming a separate string would).</summary>
    private static void TrimFrom(StringBuilder text, int start)
    {
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        text.Length = end;
        var first = start;
        while (first < end && char.IsWhiteSpace(text[first])) first++;
        if (first > start) text.Remove(start, first - start);
    }

    private static string Trimmed(StringBuilder text)
    {
        int first = 0, end = text.Length;
        while (first < end && char.IsWhiteSpace(text[first])) first++;
        while (end > first && char.IsWhiteSpace(text[end - 1])) end--;
        return text.ToString(first, end - first);
    }
}

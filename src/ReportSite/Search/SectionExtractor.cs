using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using ReportSite.Markdown;
using ReportSite.Markdown.DataBlocks;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Search;

/// <summary>
/// Cuts a page's Markdown into search sections at its headings, each with its plain text:
/// paragraphs, lists, quotes, table cells and the captions of data tables and charts; code and raw
/// HTML are left out.
/// </summary>
public static class SectionExtractor
{
    public static List<SearchSection> Extract(MarkdownDocument document, string language, string pageUrl, string pageTitle, string context, bool secondary = false)
    {
        var sections = new List<SearchSection>();
        var heading = "";
        var anchor = "";
        var text = new StringBuilder();

        void Flush()
        {
            if (text.Length > 0 || heading.Length > 0)
                sections.Add(new SearchSection(language, anchor.Length == 0 ? pageUrl : $"{pageUrl}#{anchor}", pageTitle, heading, context, text.ToString().Trim()) { Secondary = secondary });
            text.Clear();
        }

        void Walk(Block block)
        {
            switch (block)
            {
                case HeadingBlock h:
                    Flush();
                    heading = InlineText.Of(h.Inline);
                    anchor = (h.GetData(typeof(SectionAnchor)) as SectionAnchor)?.Id ?? "";
                    break;
                case FootnoteGroup or CodeBlock or HtmlBlock:
                    break;
                case DataTableBlock table:
                    text.Append(table.NumberLabel).Append(' ').Append(table.Caption).Append('\n');
                    break;
                case ChartBlock chart:
                    text.Append(chart.NumberLabel).Append(' ').Append(chart.Caption).Append('\n');
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    text.Append(InlineText.Of(leaf.Inline)).Append('\n');
                    break;
                case ContainerBlock container:
                    foreach (var child in container) Walk(child);
                    break;
            }
        }

        foreach (var block in document) Walk(block);
        Flush();
        return sections;
    }
}

using System.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.ScrollableTables;

/// <summary>
/// A pipe table already written as HTML, with the plain text search takes from its cells. Markdig
/// keeps a table as a block, a paragraph and inlines per cell: most of the memory of a report's
/// page bodies, every one of which is alive from Parse until its page is rendered (at 10,000 pages,
/// about 250 MB of peak working set). A table that nothing after parsing changes (no links, which
/// the Link stage rewrites, no cross-references, which it names, no raw HTML, no footnote references) is replaced by this as soon as its
/// page is parsed; the page renders exactly as it would have.
/// </summary>
internal sealed class RenderedTable(string html, string text) : LeafBlock(null)
{
    /// <summary>The table's HTML as <see cref="ScrollableTableRenderer"/> writes it, final line end included (as Markdig returned it: no second copy).</summary>
    public string Html { get; } = html;

    /// <summary>Each cell's plain text, trimmed, one a line (what <see cref="Search.SectionExtractor"/> takes from a table).</summary>
    public string Text { get; } = text;

    /// <summary>Replaces every table of <paramref name="document"/> that nothing after parsing changes.</summary>
    public static void ReplaceTables(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var pending = new Stack<ContainerBlock>([document]);
        while (pending.TryPop(out var container))
            for (var i = 0; i < container.Count; i++)
            {
                if (container[i] is Table table)
                {
                    if (!IsFinal(table)) continue;
                    container.RemoveAt(i);
                    container.Insert(i, Render(table, pipeline));
                }
                else if (container[i] is ContainerBlock inner) pending.Push(inner);
            }
    }

    private static bool IsFinal(Table table)
    {
        foreach (var row in table)
            foreach (var cell in (TableRow)row)
                foreach (var block in (TableCell)cell)
                    if (block is not LeafBlock { Inline: { } inline } || !IsFinal(inline)) return false;
        return true;
    }

    private static bool IsFinal(ContainerInline inlines)
    {
        for (var inline = inlines.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline or AutolinkInline or HtmlInline or FootnoteLink or CrossReferences.CrossReferenceInline) return false;
            if (inline is ContainerInline inner && !IsFinal(inner)) return false;
        }
        return true;
    }

    /// <summary>
    /// Writes <paramref name="table"/> (taken out of its page) through the pipeline, alone in a
    /// document of its own: Markdig renders a document with one of its pooled, set-up renderers
    /// (setting one up costs more than a small table), and a document writes just its blocks.
    /// </summary>
    private static RenderedTable Render(Table table, MarkdownPipeline pipeline)
    {
        var alone = new MarkdownDocument { table };
        var html = alone.ToHtml(pipeline);
        var text = new StringBuilder();
        foreach (var row in table)
            foreach (var cell in (TableRow)row)
                foreach (var block in (TableCell)cell)
                    Search.SectionExtractor.AppendLine(((LeafBlock)block).Inline!, text);
        return new RenderedTable(html, text.ToString())
        {
            Line = table.Line,
            Column = table.Column,
            Span = table.Span,
        };
    }
}

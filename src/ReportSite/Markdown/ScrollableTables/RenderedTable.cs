using System.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.ScrollableTables;

/// <summary>
/// A pipe table already written as HTML, with the plain text search takes from its cells. Markdig
/// keeps a table as a block, a paragraph and inlines per cell: half the memory of a report's parsed
/// pages, held from parsing until the page is rendered. A table that nothing after parsing changes
/// (no links, which the Link stage rewrites, no raw HTML, no footnote references) is replaced by
/// this as soon as its page is parsed; the page renders exactly as it would have.
/// </summary>
public sealed class RenderedTable(string html, string text) : LeafBlock(null)
{
    /// <summary>The table's HTML as <see cref="ScrollableTableRenderer"/> writes it, without the final line end.</summary>
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
                    if (IsFinal(table)) container[i] = Render(table, pipeline);
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
            if (inline is LinkInline or AutolinkInline or HtmlInline or FootnoteLink) return false;
            if (inline is ContainerInline inner && !IsFinal(inner)) return false;
        }
        return true;
    }

    private static RenderedTable Render(Table table, MarkdownPipeline pipeline)
    {
        var writer = Writer(pipeline);
        var html = writer.Output.GetStringBuilder().Clear();
        writer.Renderer.Render(table);
        writer.Renderer.Writer.Flush();
        var end = html.Length;
        if (end > 0 && html[end - 1] == '\n') end--;

        var text = new StringBuilder();
        foreach (var row in table)
            foreach (var cell in (TableRow)row)
                foreach (var block in (TableCell)cell)
                    Search.SectionExtractor.AppendLine(((LeafBlock)block).Inline!, text);
        return new RenderedTable(html.ToString(0, end), text.ToString())
        {
            Line = table.Line,
            Column = table.Column,
            Span = table.Span,
        };
    }

    /// <summary>An HTML renderer set up by the pipeline, one per thread (setting one up costs more than a small table).</summary>
    private static (HtmlRenderer Renderer, StringWriter Output) Writer(MarkdownPipeline pipeline)
    {
        if (_writer is { } cached && ReferenceEquals(_writerPipeline, pipeline)) return cached;
        var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(output);
        pipeline.Setup(renderer);
        (_writer, _writerPipeline) = ((renderer, output), pipeline);
        return (renderer, output);
    }

    [ThreadStatic] private static (HtmlRenderer Renderer, StringWriter Output)? _writer;
    [ThreadStatic] private static MarkdownPipeline? _writerPipeline;
}

/// <summary>Writes a <see cref="RenderedTable"/> where the table was.</summary>
public sealed class RenderedTableRenderer : HtmlObjectRenderer<RenderedTable>
{
    protected override void Write(HtmlRenderer renderer, RenderedTable table)
    {
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock) renderer.WriteLine(table.Html);
        else renderer.WriteLine(table.Text.TrimEnd('\n'));
    }
}

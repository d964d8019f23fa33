using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// One line of raw HTML as the page's Markdown wrote it: an HTML block's line (without the quote or
/// list markers around it) or an inline tag.
/// </summary>
/// <param name="Text">The line's text, as it is written to the page.</param>
/// <param name="SourceIndex">Where <paramref name="Text"/> starts in the page's Markdown text.</param>
/// <param name="Verbatim">Whether <paramref name="Text"/> is the Markdown text from <paramref name="SourceIndex"/> on, character for character (an inline tag broken over lines loses the next lines' indentation).</param>
public sealed record RawHtmlLine(string Text, int SourceIndex, bool Verbatim)
{
    /// <summary>The lines of an <see cref="HtmlBlock"/> or <see cref="HtmlInline"/> (one line; none for other nodes).</summary>
    public static IReadOnlyList<RawHtmlLine> Of(MarkdownObject node, string markdown)
    {
        switch (node)
        {
            case HtmlInline inline:
                var start = inline.Span.Start;
                var verbatim = start >= 0 && start + inline.Tag.Length <= markdown.Length
                    && markdown.AsSpan(start, inline.Tag.Length).SequenceEqual(inline.Tag);
                return [new RawHtmlLine(inline.Tag, Math.Max(start, 0), verbatim)];
            case HtmlBlock block:
                var lines = new RawHtmlLine[block.Lines.Count];
                for (var i = 0; i < lines.Length; i++)
                {
                    var slice = block.Lines.Lines[i].Slice;
                    lines[i] = new RawHtmlLine(slice.ToString(), slice.Start, ReferenceEquals(slice.Text, markdown));
                }
                return lines;
            default:
                return [];
        }
    }

    /// <summary>The lines joined with line ends, as they are written to the page, and where each starts in that text.</summary>
    public static (string Text, int[] LineStarts) Join(IReadOnlyList<RawHtmlLine> lines)
    {
        if (lines.Count == 1) return (lines[0].Text, [0]);
        var starts = new int[lines.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) text.Append('\n');
            starts[i] = text.Length;
            text.Append(lines[i].Text);
        }
        return (text.ToString(), starts);
    }
}

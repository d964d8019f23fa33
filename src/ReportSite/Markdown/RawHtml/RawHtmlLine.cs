using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// One line of raw HTML as the page's Markdown wrote it: an HTML block's line (without the quote or
/// list markers around it) or an inline tag.
/// </summary>
/// <param name="Text">The line's text, as it is written to the page.</param>
/// <param name="Start">Where <paramref name="Text"/> starts in the page's Markdown.</param>
/// <param name="Verbatim">Whether <paramref name="Text"/> is the Markdown's line from <paramref name="Start"/> on, character for character (an inline tag broken over lines is not: it loses the next lines' indentation).</param>
internal sealed record RawHtmlLine(string Text, MarkdownPosition Start, bool Verbatim)
{
    /// <summary>The lines of an <see cref="HtmlBlock"/> or <see cref="HtmlInline"/> (one line; none for other nodes).</summary>
    public static IReadOnlyList<RawHtmlLine> Of(MarkdownObject node)
    {
        switch (node)
        {
            case HtmlInline inline:
                return [new RawHtmlLine(inline.Tag, new MarkdownPosition(inline.Line, inline.Column), !inline.Tag.Contains('\n'))];
            case HtmlBlock block:
                var lines = new RawHtmlLine[block.Lines.Count];
                for (var i = 0; i < lines.Length; i++)
                {
                    var line = block.Lines.Lines[i];
                    // The slice starts after any quote or list markers; the line, at the start of the line.
                    lines[i] = new RawHtmlLine(line.Slice.ToString(), new MarkdownPosition(line.Line, line.Slice.Start - line.Position), Verbatim: true);
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

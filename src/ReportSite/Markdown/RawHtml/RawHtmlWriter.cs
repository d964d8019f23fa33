using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// Writes raw HTML nodes as the author wrote them, with the Link stage's <see cref="RawHtmlEdit"/>s
/// applied, and, when rendering for the sanitiser, records in a <see cref="RawHtmlSourceMap"/> where
/// each written piece came from. Written as it is (no sanitiser), it is aligned with the page's
/// style first (<see cref="RawHtmlStyle"/>); the sanitiser writes what it keeps in that style itself.
/// </summary>
/// <param name="output">What the renderer writes to, to know the offset of each piece.</param>
/// <param name="map">Where the pieces are recorded.</param>
internal sealed class RawHtmlWriter(StringBuilder output, RawHtmlSourceMap map)
{
    /// <summary>Writes <paramref name="node"/>'s lines, each followed by a line end when <paramref name="endLines"/>.</summary>
    public static void Write(HtmlRenderer renderer, MarkdownObject node, bool endLines, RawHtmlWriter? recorder)
    {
        var edits = RawHtmlEdit.Of(node);
        if (recorder is null)
        {
            WriteAligned(renderer, node, endLines, edits);
            return;
        }
        var lines = RawHtmlLine.Of(node);
        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var at = 0;
            for (; next < edits.Count && edits[next].Line == i; next++)
            {
                var edit = edits[next];
                Emit(renderer, recorder, line.Text.AsSpan(at, edit.Start - at), line.Start.Plus(at), line.Verbatim);
                Emit(renderer, recorder, edit.Text, line.Start.Plus(edit.Start), verbatim: false);
                at = edit.Start + edit.Length;
            }
            Emit(renderer, recorder, line.Text.AsSpan(at), line.Start.Plus(at), line.Verbatim);
            if (endLines) renderer.WriteLine();
        }
    }

    private static void Emit(HtmlRenderer renderer, RawHtmlWriter? recorder, ReadOnlySpan<char> text, MarkdownPosition source, bool verbatim)
    {
        renderer.Write(text);
        // Measured after writing, so whatever the renderer writes before a piece (indentation) is not counted as the author's.
        recorder?.Record(text.Length, source, verbatim);
    }

    private void Record(int length, MarkdownPosition source, bool verbatim) => map.Add(output.Length - length, length, source, verbatim);

    /// <summary>Writes the node's text, its edits applied, in the page's style (<see cref="RawHtmlStyle.Aligned"/>).</summary>
    private static void WriteAligned(HtmlRenderer renderer, MarkdownObject node, bool endLines, IReadOnlyList<RawHtmlEdit> edits)
    {
        var lines = RawHtmlLine.Of(node);
        if (edits.Count == 0 && !lines.Any(line => RawHtmlStyle.MayChange(line.Text)))
        {
            // The common case, as Markdig writes it.
            WriteAsIs(renderer, node, endLines);
            return;
        }
        var text = new StringBuilder();
        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) text.Append('\n');
            var line = lines[i].Text;
            var at = 0;
            for (; next < edits.Count && edits[next].Line == i; next++)
            {
                var edit = edits[next];
                text.Append(line, at, edit.Start - at).Append(edit.Text);
                at = edit.Start + edit.Length;
            }
            text.Append(line, at, line.Length - at);
        }
        // The line ends are written as the renderer writes them, and the last one by it, so it knows a line ended.
        var aligned = RawHtmlStyle.Aligned(text.ToString());
        if (endLines) aligned = aligned.Replace("\n", renderer.Writer.NewLine, StringComparison.Ordinal);
        renderer.Write(aligned);
        if (endLines && lines.Count > 0) renderer.WriteLine();
    }

    private static void WriteAsIs(HtmlRenderer renderer, MarkdownObject node, bool endLines)
    {
        if (node is Markdig.Syntax.Inlines.HtmlInline inline) renderer.Write(inline.Tag);
        else if (node is LeafBlock block) renderer.WriteLeafRawLines(block, endLines, escape: false);
    }
}

using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// Writes raw HTML nodes as the author wrote them, with the Link stage's <see cref="RawHtmlEdit"/>s
/// applied, and, when rendering for the sanitiser, records in a <see cref="RawHtmlSourceMap"/> where
/// each written piece came from.
/// </summary>
/// <param name="output">What the renderer writes to, to know the offset of each piece.</param>
/// <param name="map">Where the pieces are recorded.</param>
public sealed class RawHtmlWriter(StringBuilder output, RawHtmlSourceMap map)
{
    /// <summary>Writes <paramref name="node"/>'s lines, each followed by a line end when <paramref name="endLines"/>.</summary>
    public static void Write(HtmlRenderer renderer, MarkdownObject node, bool endLines, RawHtmlWriter? recorder)
    {
        var edits = RawHtmlEdit.Of(node);
        if (edits.Count == 0 && recorder is null)
        {
            // The common case, as Markdig writes it.
            WriteAsIs(renderer, node, endLines);
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

    private static void WriteAsIs(HtmlRenderer renderer, MarkdownObject node, bool endLines)
    {
        if (node is Markdig.Syntax.Inlines.HtmlInline inline) renderer.Write(inline.Tag);
        else if (node is LeafBlock block) renderer.WriteLeafRawLines(block, endLines, escape: false);
    }
}

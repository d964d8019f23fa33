using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportSite.Markdown.DataBlocks;

namespace ReportSite.Markdown.CodeHighlighting;

/// <summary>
/// Writes a fenced code block whose language <see cref="CodeHighlighter"/> knows as Markdig does
/// (<c>&lt;pre&gt;&lt;code class="language-python"&gt;</c>), its tokens in spans of the theme's
/// classes; the characters are the ones Markdig writes, escaped the same way, so the code's text
/// is unchanged. Every other code block (no language, an unknown one, indented code, a data
/// fence) is Markdig's.
/// </summary>
internal sealed class HighlightedCodeBlockRenderer(CodeHighlighter highlighter) : CodeBlockRenderer
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is not FencedCodeBlock { Info: { Length: > 0 } language } fence || DataBlockExtension.IdOf(fence) is not null
            || !renderer.EnableHtmlForBlock || !renderer.EnableHtmlEscape
            || Lines(fence) is not { } lines || highlighter.Highlight(language, lines) is not { } runs)
        {
            base.Write(renderer, block);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<pre><code").WriteAttributes(block).Write('>');
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].AsSpan();
            var written = 0;
            foreach (var run in runs[i])
            {
                renderer.WriteEscape(line[written..run.Start]);
                renderer.Write("<span class=\"").Write(run.Class).Write("\">");
                renderer.WriteEscape(line[run.Start..run.End]);
                renderer.Write("</span>");
                written = run.End;
            }
            renderer.WriteEscape(line[written..]);
            renderer.WriteLine();
        }
        renderer.WriteLine("</code></pre>");
        renderer.EnsureLine();
    }

    /// <summary>The block's lines as Markdig writes them (<see cref="HtmlRenderer.WriteLeafRawLines"/>); null when it has none.</summary>
    private static List<string>? Lines(FencedCodeBlock fence)
    {
        var slices = fence.Lines.Lines;
        if (slices is null || fence.Lines.Count == 0) return null;
        var lines = new List<string>(fence.Lines.Count);
        for (var i = 0; i < fence.Lines.Count && slices[i].Slice.Text is not null; i++) lines.Add(slices[i].Slice.ToString());
        return lines;
    }
}

using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportSite.Markdown.RawHtml;

/// <summary>Writes an HTML block as Markdig does, with the Link stage's URL edits (<see cref="RawHtmlWriter"/>).</summary>
internal sealed class RawHtmlBlockRenderer(RawHtmlWriter? recorder = null) : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (renderer.EnableHtmlForBlock) RawHtmlWriter.Write(renderer, block, endLines: true, recorder);
    }
}

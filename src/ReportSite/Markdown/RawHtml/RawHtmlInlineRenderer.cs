using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.RawHtml;

/// <summary>Writes an inline HTML tag as Markdig does, with the Link stage's URL edits (<see cref="RawHtmlWriter"/>).</summary>
internal sealed class RawHtmlInlineRenderer(RawHtmlWriter? recorder = null) : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (renderer.EnableHtmlForInline) RawHtmlWriter.Write(renderer, inline, endLines: false, recorder);
    }
}

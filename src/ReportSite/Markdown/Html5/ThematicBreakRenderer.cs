using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportSite.Markdown.Html5;

/// <summary>Writes <c>---</c> as <c>&lt;hr&gt;</c> (Markdig writes XHTML's <c>&lt;hr /&gt;</c>).</summary>
internal sealed class ThematicBreakRenderer : HtmlObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, ThematicBreakBlock block)
    {
        if (renderer.EnableHtmlForBlock) renderer.Write("<hr").WriteAttributes(block).WriteLine(">");
    }
}

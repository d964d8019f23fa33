using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.Html5;

/// <summary>Writes a hard line break as <c>&lt;br&gt;</c> (Markdig writes XHTML's <c>&lt;br /&gt;</c>), a soft one as a line end.</summary>
internal sealed class LineBreakRenderer : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        if (renderer.EnableHtmlForInline && lineBreak.IsHard) renderer.WriteLine("<br>");
        renderer.EnsureLine();
    }
}

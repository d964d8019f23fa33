using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.Footnotes;

/// <summary>Writes an autolink (<c>&lt;https://…&gt;</c>) as Markdig does, one written for Markdig's footnote ids (<c>&lt;fn:1&gt;</c>) to the site's (<see cref="FootnoteIds.Retarget"/>).</summary>
internal sealed class AutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var html = renderer.EnableHtmlForInline;
        if (html)
        {
            renderer.Write("<a href=\"");
            if (link.IsEmail) renderer.Write("mailto:").WriteEscapeUrl(link.Url);
            else renderer.WriteEscapeUrl(FootnoteIds.Retarget(link.Url));
            renderer.Write('"').WriteAttributes(link).Write('>');
        }
        renderer.WriteEscape(link.Url);
        if (html) renderer.Write("</a>");
    }
}

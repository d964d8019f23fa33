using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using ReportSite.Markdown.Footnotes;

namespace ReportSite.Markdown.Html5;

/// <summary>
/// Writes links and images as Markdig does, but an image as an HTML5 <c>&lt;img …&gt;</c> (Markdig
/// writes XHTML's <c>&lt;img … /&gt;</c>), and a link written for Markdig's footnote ids
/// (<c>#fn:1</c>) to the site's ids (<see cref="FootnoteIds.Retarget"/>).
/// </summary>
internal sealed class LinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var html = renderer.EnableHtmlForInline;
        if (html)
        {
            var url = link.GetDynamicUrl is { } dynamicUrl ? dynamicUrl() ?? link.Url : link.Url;
            renderer.Write(link.IsImage ? "<img src=\"" : "<a href=\"").WriteEscapeUrl(link.IsImage ? url : FootnoteIds.Retarget(url)).Write('"').WriteAttributes(link);
        }
        if (link.IsImage)
        {
            if (html) renderer.Write(" alt=\"");
            // The alt text is the image's text without its markup.
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = html;
            if (html) renderer.Write('"');
        }
        if (html && !string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        if (link.IsImage)
        {
            if (html) renderer.Write('>');
            return;
        }
        if (html) renderer.Write('>');
        renderer.WriteChildren(link);
        if (html) renderer.Write("</a>");
    }
}

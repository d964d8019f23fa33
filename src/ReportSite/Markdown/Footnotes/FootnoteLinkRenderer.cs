using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.Footnotes;

/// <summary>Writes a footnote reference and a footnote's link back to it as Markdig does, with the site's ids (<see cref="FootnoteIds"/>).</summary>
internal sealed class FootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"#").Write(FootnoteIds.Reference(link.Index)).Write("\" class=\"footnote-back-ref\">&#8617;</a>");
            return;
        }
        var order = link.Footnote.Order;
        renderer.Write("<a id=\"").Write(FootnoteIds.Reference(link.Index)).Write("\" href=\"#").Write(FootnoteIds.Note(order))
            .Write("\" class=\"footnote-ref\"><sup>").Write(order.ToString(CultureInfo.InvariantCulture)).Write("</sup></a>");
    }
}

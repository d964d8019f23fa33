using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.Footnotes;

/// <summary>Writes the list of footnotes as Markdig does, with the site's ids (<see cref="FootnoteIds"/>) and an HTML5 <c>&lt;hr&gt;</c>.</summary>
internal sealed class FootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr>");
        renderer.WriteLine("<ol>");
        foreach (var block in footnotes)
        {
            var footnote = (Footnote)block;
            renderer.Write("<li id=\"").Write(FootnoteIds.Note(footnote.Order)).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}

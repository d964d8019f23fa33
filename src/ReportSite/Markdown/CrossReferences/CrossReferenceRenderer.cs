using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.CrossReferences;

/// <summary>
/// Writes a resolved cross-reference as a link, <c>&lt;a class="xref" href="…"&gt;表2-1&lt;/a&gt;</c>;
/// inside a link's text (a link may not hold another) only its name; an unresolved one as written.
/// </summary>
internal sealed class CrossReferenceRenderer : HtmlObjectRenderer<CrossReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, CrossReferenceInline reference)
    {
        var link = renderer.EnableHtmlForInline && reference.Href is not null && !InLink(reference);
        if (link) renderer.Write("<a class=\"xref\" href=\"").WriteEscapeUrl(reference.Href).Write("\">");
        renderer.WriteEscape(reference.Text);
        if (link) renderer.Write("</a>");
    }

    private static bool InLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }
}

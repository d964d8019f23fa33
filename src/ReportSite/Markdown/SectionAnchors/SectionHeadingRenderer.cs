using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>
/// Renders a heading with its numbered id, an empty element carrying its alias id (one element
/// cannot have two ids), and a self-link for sharing the section.
/// </summary>
internal sealed class SectionHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + Math.Clamp(heading.Level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var anchor = (heading.GetData(typeof(SectionHeading)) as SectionHeading)?.Anchor;
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        if (anchor?.Alias is { } alias)
            renderer.Write("<span class=\"anchor-alias\" id=\"").WriteEscape(alias).Write("\"></span>");
        renderer.WriteLeafInline(heading);
        if (anchor is not null)
            renderer.Write("<a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(anchor.Id)
                .Write("\" aria-hidden=\"true\" tabindex=\"-1\">#</a>");
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}

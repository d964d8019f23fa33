using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportSite.Markdown.Callouts;

/// <summary>The inside of a callout's or box's aside, after its title line: its blocks, then the aside's end.</summary>
internal static class AsideContent
{
    /// <summary>Writes the blocks of <paramref name="container"/> (a lone paragraph stays a paragraph) and closes the aside.</summary>
    public static void WriteAndClose(HtmlRenderer renderer, ContainerBlock container)
    {
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(container);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.EnsureLine().WriteLine("</aside>");
    }
}

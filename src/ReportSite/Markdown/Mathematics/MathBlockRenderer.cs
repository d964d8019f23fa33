using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// Writes a <c>$$</c> block as its display MathML in a block that scrolls sideways on a narrow
/// screen rather than overflowing the page; one the converter could not read is shown as code.
/// </summary>
internal sealed class MathBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock block)
    {
        renderer.EnsureLine();
        if (MathTypesetter.MathOf(block) is { } mathMl)
        {
            renderer.Write("<div class=\"math-display\" tabindex=\"0\">").Write(mathMl).WriteLine("</div>");
            return;
        }
        renderer.Write("<pre class=\"math-error\"><code>$$\n");
        renderer.WriteLeafRawLines(block, true, true);
        renderer.WriteLine("$$</code></pre>");
    }
}

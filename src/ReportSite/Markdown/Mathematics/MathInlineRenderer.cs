using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// Writes a <c>$…$</c> or <c>$$…$$</c> formula in a paragraph as its MathML (display math centred
/// by site.css); a formula the converter could not read is shown as written, as code.
/// </summary>
internal sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        if (MathTypesetter.MathOf(math) is { } mathMl)
        {
            renderer.Write(mathMl);
            return;
        }
        var dollars = new string('$', math.DelimiterCount);
        renderer.Write("<code class=\"math-error\">").WriteEscape(dollars).WriteEscape(ref math.Content).WriteEscape(dollars).Write("</code>");
    }
}

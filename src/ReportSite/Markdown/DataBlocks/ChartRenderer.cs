using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>Renders a resolved <c>```chart</c> block: a numbered caption (above, as tables have it), the SVG, and the data as a table under a disclosure.</summary>
internal sealed class ChartRenderer : HtmlObjectRenderer<ChartBlock>
{
    protected override void Write(HtmlRenderer renderer, ChartBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<figure class=\"chart\" id=\"").Write(block.Id).Write("\" data-source=\"").WriteEscape(block.Source).WriteLine("\">");
        renderer.Write("<figcaption><span class=\"figure-number\">").WriteEscape(block.NumberLabel).Write("</span> ").WriteEscape(block.Caption).WriteLine("</figcaption>");
        renderer.WriteLine(block.Svg);
        renderer.Write("<details class=\"chart__data\"><summary>").WriteEscape(block.DataLabel).WriteLine("</summary>");
        TableHtml.Write(renderer, block.Data, block.Id + "-data", r => r.WriteEscape(block.NumberLabel).Write(' ').WriteEscape(block.Caption));
        renderer.WriteLine("</details>");
        TableHtml.WriteNote(renderer, block.Note, block.CsvUrl, block.DownloadLabel);
        renderer.WriteLine("</figure>");
    }
}

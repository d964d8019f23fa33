using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>Renders a resolved <c>```datatable</c> block: numbered caption, table, data note and CSV link.</summary>
internal sealed class DataTableRenderer : HtmlObjectRenderer<DataTableBlock>
{
    protected override void Write(HtmlRenderer renderer, DataTableBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"data-table\" id=\"").Write(block.Id).Write("\" data-source=\"").WriteEscape(block.Source).WriteLine("\">");
        TableHtml.Write(renderer, block.Table, block.Id + "-caption", r =>
            r.Write("<span class=\"figure-number\">").WriteEscape(block.NumberLabel).Write("</span> ").WriteEscape(block.Caption));
        TableHtml.WriteNote(renderer, block.Note, block.CsvUrl, block.DownloadLabel);
        renderer.WriteLine("</div>");
    }
}

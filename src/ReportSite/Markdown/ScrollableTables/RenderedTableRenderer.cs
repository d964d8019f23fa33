using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.ScrollableTables;

/// <summary>Writes a <see cref="RenderedTable"/> where the table was.</summary>
internal sealed class RenderedTableRenderer : HtmlObjectRenderer<RenderedTable>
{
    protected override void Write(HtmlRenderer renderer, RenderedTable table)
    {
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            var html = table.Html;
            renderer.Write(html, 0, html.EndsWith('\n') ? html.Length - 1 : html.Length).WriteLine();
        }
        else renderer.WriteLine(table.Text.TrimEnd('\n'));
    }
}

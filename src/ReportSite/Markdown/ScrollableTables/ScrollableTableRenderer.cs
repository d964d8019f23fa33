using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace ReportSite.Markdown.ScrollableTables;

/// <summary>
/// Wraps each table in a focusable scroll container, so a wide table scrolls on its own on a
/// phone instead of widening the page, and keyboard users can scroll it too.
/// </summary>
public sealed class ScrollableTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-scroll\" tabindex=\"0\">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}

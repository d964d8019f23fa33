using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.ScrollableTables;

/// <summary>
/// Writes each table in a focusable scroll container, so a wide table scrolls on its own on a
/// phone instead of widening the page, and keyboard users can scroll it too. Column alignment
/// becomes a class on each cell (<c>class="align-right"</c>): Markdig's own renderer writes an
/// inline style, which the theme's Content-Security-Policy does not allow. Otherwise the table is
/// written as Markdig writes it (pipe tables have no column widths).
/// </summary>
internal sealed class ScrollableTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, table);
            return;
        }
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-scroll\" tabindex=\"0\">");
        renderer.Write("<table").WriteAttributes(table).WriteLine('>');
        bool headOpen = false, headSeen = false, bodyOpen = false;
        foreach (var block in table)
        {
            var row = (TableRow)block;
            if (row.IsHeader)
            {
                if (!headSeen) { renderer.WriteLine("<thead>"); headOpen = true; }
                headSeen = true;
            }
            else if (!bodyOpen)
            {
                if (headOpen) { renderer.WriteLine("</thead>"); headOpen = false; }
                renderer.WriteLine("<tbody>");
                bodyOpen = true;
            }
            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            for (var i = 0; i < row.Count; i++) WriteCell(renderer, table, row, i);
            renderer.WriteLine("</tr>");
        }
        if (bodyOpen) renderer.WriteLine("</tbody>");
        else if (headOpen) renderer.WriteLine("</thead>");
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    private static void WriteCell(HtmlRenderer renderer, Table table, TableRow row, int index)
    {
        var cell = (TableCell)row[index];
        renderer.EnsureLine();
        renderer.Write(row.IsHeader ? "<th" : "<td");
        if (cell.ColumnSpan != 1) renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        if (cell.RowSpan != 1) renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        var columns = table.ColumnDefinitions;
        if (columns.Count > 0)
        {
            // The column Markdig takes a cell's alignment from.
            var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : Math.Min(index, columns.Count - 1);
            renderer.Write(columns[column].Alignment switch
            {
                TableColumnAlign.Left => " class=\"align-left\"",
                TableColumnAlign.Center => " class=\"align-center\"",
                TableColumnAlign.Right => " class=\"align-right\"",
                _ => "",
            });
        }
        renderer.WriteAttributes(cell);
        renderer.Write('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        if (cell.Count == 1) renderer.ImplicitParagraph = true;
        renderer.Write(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
    }
}

using Markdig.Renderers;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>Writes a <see cref="TableContent"/> as an accessible, sortable HTML table inside a focusable scroll region.</summary>
internal static class TableHtml
{
    public static void Write(HtmlRenderer renderer, TableContent table, string captionId, Action<HtmlRenderer> caption)
    {
        // Focusable so keyboard users can scroll a wide table; the table's caption names it.
        renderer.WriteLine("<div class=\"table-scroll\" tabindex=\"0\">");
        renderer.Write("<table class=\"sortable\">");
        renderer.Write("<caption id=\"").Write(captionId).Write("\">");
        caption(renderer);
        renderer.WriteLine("</caption>");
        renderer.Write("<thead><tr>");
        foreach (var header in table.Headers)
        {
            renderer.Write(header.Numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
            renderer.WriteEscape(header.Text).Write("</th>");
        }
        renderer.WriteLine("</tr></thead>");
        renderer.WriteLine("<tbody>");
        foreach (var row in table.Rows)
        {
            renderer.Write("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                // The first text column names the row: a row header for screen readers.
                var tag = i == 0 && !cell.Numeric ? "th" : "td";
                renderer.Write('<').Write(tag).Write(tag == "th" ? " scope=\"row\"" : "").Write(cell.Numeric ? " class=\"num\"" : "")
                    .Write(" data-sort=\"").WriteEscape(cell.SortValue).Write("\">").WriteEscape(cell.Text).Write("</").Write(tag).Write('>');
            }
            renderer.WriteLine("</tr>");
        }
        renderer.WriteLine("</tbody></table></div>");
    }

    /// <summary>The note about the data (e.g. that it is illustrative) and the CSV download link.</summary>
    public static void WriteNote(HtmlRenderer renderer, string note, string csvUrl, string downloadLabel)
    {
        renderer.Write("<p class=\"data-note\">");
        if (note.Length > 0) renderer.WriteEscape(note).Write(' ');
        renderer.Write("<a class=\"data-download\" href=\"").WriteEscapeUrl(csvUrl).Write("\" download>").WriteEscape(downloadLabel).WriteLine("</a></p>");
    }
}

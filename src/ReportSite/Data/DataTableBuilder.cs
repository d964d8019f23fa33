using System.Globalization;
using ReportSite.Markdown.DataBlocks;

namespace ReportSite.Data;

/// <summary>Turns a <c>```datatable</c> request into a <see cref="DataTableBlock"/>: the selected rows, formatted for the page's language.</summary>
internal static class DataTableBuilder
{
    public static DataTableBlock? Build(BlockRequest request, DataTable table, string language, DataLabels labels,
        string id, string numberLabel, string caption, string csvUrl)
    {
        var columns = request["columns"] ?? string.Join(',', table.Columns.Select(c => c.Key));
        var selection = request.Select(table, columns, labels);
        if (selection is null) return null;
        request.ReportIfEmpty(selection, selection.Columns, "shows an empty table");
        return new DataTableBlock
        {
            Id = id,
            Source = table.Name,
            NumberLabel = numberLabel,
            Caption = caption,
            Note = table.Note.Get(language),
            Table = Content(selection, language, labels),
            CsvUrl = csvUrl,
            DownloadLabel = labels.Download,
        };
    }

    /// <summary>The selection as header and body cells; numbers keep their raw value for sorting.</summary>
    public static TableContent Content(DataSelection selection, string language, DataLabels labels) => new(
        selection.Columns.Select(c => new TableContent.Header(labels.Header(c, language), c.IsNumeric)).ToList(),
        selection.Rows.Select(row => (IReadOnlyList<TableContent.Cell>)selection.Columns.Select(c => Cell(row[c.Key], c, language, labels)).ToList()).ToList());

    private static TableContent.Cell Cell(DataCell cell, DataColumn column, string language, DataLabels labels)
    {
        if (!column.IsNumeric)
        {
            var text = cell.Text?.Get(language) ?? "";
            return new TableContent.Cell(text, text, false);
        }
        var sort = cell.Number?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        return new TableContent.Cell(labels.Numbers.Format(cell.Number, column), sort, true);
    }
}

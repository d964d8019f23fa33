using System.Globalization;
using CsvHelper;

namespace ReportSite.Data;

/// <summary>
/// Writes a data table as CSV for readers to download (CsvHelper): headers and text in the reader's
/// language, numbers as plain invariant digits so spreadsheets read them as numbers.
/// </summary>
public static class DataCsvWriter
{
    public static string Write(DataTable table, string language, DataLabels labels)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            csv.WriteRecord(table.Columns.Select(c => labels.Header(c, language)).ToArray());
            foreach (var row in table.Rows)
                csv.WriteRecord(table.Columns.Select(c => Value(row[c.Key], c, language)).ToArray());
        }
        // A byte order mark, so spreadsheet programs open the Chinese text as UTF-8.
        return "\uFEFF" + text;
    }

    private static string Value(DataCell cell, DataColumn column, string language) => column.IsNumeric
        ? cell.Number?.ToString("R", CultureInfo.InvariantCulture) ?? ""
        : cell.Text?.Get(language) ?? "";
}

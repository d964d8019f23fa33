using System.Globalization;
using CsvHelper;

namespace ReportSite.Data;

/// <summary>
/// Writes a data table as CSV for readers to download (CsvHelper): headers and text in the reader's
/// language, numbers as plain invariant digits so spreadsheets read them as numbers.
/// </summary>
internal static class DataCsvWriter
{
    /// <summary>
    /// The first characters with which a spreadsheet reads a cell as a formula (or, tab and CR, hide
    /// one): OWASP "CSV Injection".
    /// </summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Write(DataTable table, string language, DataLabels labels)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var header in table.Columns.Select(c => labels.Header(c, language)))
                WriteText(csv, header);
            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns)
                {
                    // A number column holds a parsed number, written as digits: -3.5 stays a number, not a formula.
                    if (column.IsNumeric) csv.WriteField(row[column.Key].Number?.ToString("R", CultureInfo.InvariantCulture) ?? "");
                    else WriteText(csv, row[column.Key].Text?.Get(language) ?? "");
                }
                csv.EndRecord();
            }
        }
        // A byte order mark, so spreadsheet programs open the Chinese text as UTF-8.
        return "\uFEFF" + text;
    }

    /// <summary>
    /// Text is the author's, or a contributor's: one that a spreadsheet would run as a formula gets a
    /// single quote in front and is quoted, as OWASP advises, so it shows as the text it is.
    /// </summary>
    private static void WriteText(CsvWriter csv, string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0])) csv.WriteField("'" + value, CsvQuoting.Always);
        else csv.WriteField(value);
    }
}

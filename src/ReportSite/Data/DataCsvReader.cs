using CsvHelper;
using ReportSite.Configuration;
using ReportSite.Diagnostics;

namespace ReportSite.Data;

/// <summary>
/// Reads the rows of a data table from CSV (CsvHelper). The header names the columns by key; a
/// text column may have one header per language, <c>country.zh,country.en</c>.
/// </summary>
internal static class DataCsvReader
{
    public static IReadOnlyList<DataRow> Read(string text, string file, IReadOnlyList<DataColumn> columns, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        // Bad quoting is recovered from (the row is still read) and reported once, at its line; that
        // line's field count then follows from it and is not reported again.
        var malformedLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            OnMalformedRecord = record =>
            {
                malformedLines.Add(record.LineNumber);
                diagnostics.Error(DiagnosticCodes.DataValue, new SourceLocation(file, (int)record.LineNumber, 1), Malformed(record.Reason),
                    "A field with a comma, quote or line break must be quoted, and a quote inside it doubled: \"say \"\"hi\"\"\".");
            },
        };
        using var reader = CsvReader.FromText(text, options);
        var rows = new List<DataRow>();
        try
        {
            // The header is read first, so a file with a header and no rows still has it checked.
            var headers = reader.Headers ?? [];
            var fields = MapHeader(headers, file, columns, languages, diagnostics);
            while (reader.Read())
            {
                var row = ReadRow(reader, file, fields, languages, diagnostics);
                if (!malformedLines.Contains(reader.LineNumber)) CheckFieldCount(reader, file, headers.Count, diagnostics);
                rows.Add(row);
            }
        }
        catch (CsvFormatException ex)
        {
            diagnostics.Error(DiagnosticCodes.DataValue, new SourceLocation(file, (int)reader.LineNumber, 1),
                $"The CSV is malformed: {ex.Message}", "Check the quotes on this line: a field with a comma or quote must be quoted, and a quote inside it doubled.");
        }
        return rows;
    }

    private static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "A quoted field opened on this line is never closed: the rest of the file would be read as its text.",
        CsvMalformedReason.StrayQuote => "A quote inside an unquoted field on this line.",
        CsvMalformedReason.TextAfterClosingQuote => "Text after the closing quote of a field on this line.",
        CsvMalformedReason.LineBreakInQuotes => "A quoted field on this line runs over a line break.",
        _ => $"The CSV is malformed on this line ({reason}).",
    };

    /// <summary>A value beyond the header's columns would be dropped, and a missing one read as empty: both are errors at their place.</summary>
    private static void CheckFieldCount(CsvReader reader, string file, int headerCount, DiagnosticBag diagnostics)
    {
        var count = reader.FieldCount;
        if (count == headerCount || headerCount == 0) return;
        var values = Enumerable.Range(0, count).Select(reader.GetString).ToList();
        var line = (int)reader.LineNumber;
        if (count > headerCount)
            diagnostics.Error(DiagnosticCodes.DataValue, new SourceLocation(file, line, Column(values, headerCount)),
                $"This row has {count} values but the header names {headerCount} columns: '{values[headerCount]}'{(count - headerCount > 1 ? $" and {count - headerCount - 1} more" : "")} would be dropped.",
                "Quote a value that holds a comma (\"1,234\" or \"a, b\"), or add the column to the header line and to the table's columns.");
        else
            diagnostics.Error(DiagnosticCodes.DataValue, new SourceLocation(file, line, Column(values, count - 1) + values[^1].Length),
                $"This row has {count} values but the header names {headerCount} columns: the last {headerCount - count} would be empty.",
                "Add the missing values (leave a value empty between commas, a,,c, when it is unknown).");
    }

    private static List<(DataColumn, string?, int)> MapHeader(IReadOnlyList<string> headers, string file, IReadOnlyList<DataColumn> columns, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var fields = new List<(DataColumn Column, string? Language, int Index)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (header.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.DataSchema, new SourceLocation(file, 1, Column(headers, i)),
                    $"Header field {i + 1} is empty, so the values under it belong to no column and would be dropped.",
                    $"Name the column (declared columns: {string.Join(", ", columns.Select(c => c.Key))}), or remove it from every line.");
                continue;
            }
            var dot = header.LastIndexOf('.');
            var (key, language) = dot > 0 && languages.Contains(header[(dot + 1)..]) ? (header[..dot], header[(dot + 1)..]) : (header, null);
            var column = columns.FirstOrDefault(c => c.Key == key);
            if (column is null || (language is not null && column.IsNumeric))
            {
                var known = columns.Select(c => c.Key).ToList();
                var closest = Spelling.Closest(key, known);
                diagnostics.Error(DiagnosticCodes.DataSchema, new SourceLocation(file, 1, Column(headers, i)),
                    column is null ? $"CSV column '{header}' is not declared in the table's columns." : $"Number column '{key}' cannot have one value per language.",
                    closest is not null && column is null ? $"Did you mean '{closest}'?" : $"Declared columns: {string.Join(", ", known)}.");
                continue;
            }
            // One field per column and language: a second would be ignored (or, per language, clash).
            var earlier = fields.FirstOrDefault(f => f.Column == column && (f.Language == language || f.Language is null || language is null));
            if (earlier.Column is not null)
            {
                diagnostics.Error(DiagnosticCodes.DataSchema, new SourceLocation(file, 1, Column(headers, i)),
                    $"CSV column '{header}' repeats '{headers[earlier.Index].Trim()}' (header field {earlier.Index + 1}): its values would be ignored.",
                    earlier.Language is null || language is null
                        ? $"Give '{key}' either once for every language or once per language ({string.Join(",", languages.Select(l => $"{key}.{l}"))}), not both."
                        : "Remove one of the two, or rename it to the column or language it was meant for.");
                continue;
            }
            fields.Add((column, language, i));
        }
        return fields;
    }

    private static DataRow ReadRow(CsvReader reader, string file, List<(DataColumn Column, string? Language, int Index)> fields, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var line = (int)reader.LineNumber;
        var values = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
        var cells = new Dictionary<string, DataCell>();
        foreach (var group in fields.Where(f => f.Index < values.Count).GroupBy(f => f.Column))
        {
            var column = group.Key;
            if (column.IsNumeric)
            {
                var field = group.First();
                var at = new SourceLocation(file, line, Column(values, field.Index));
                cells[column.Key] = DataCell.Numeric(values[field.Index], column, at, diagnostics);
                continue;
            }
            var same = group.FirstOrDefault(f => f.Language is null);
            var text = same.Column is not null
                ? LocalizedText.Same(values[same.Index])
                : LocalizedText.PerLanguage(group.Where(f => values[f.Index].Length > 0).ToDictionary(f => f.Language!, f => values[f.Index]));
            if (same.Column is null) ReportMissingLanguage(file, line, values, group.ToList(), diagnostics);
            cells[column.Key] = new DataCell(text, null);
        }
        return new DataRow(cells, new SourceLocation(file, line, 1));
    }

    /// <summary>
    /// A text given per language (<c>name.zh,name.en</c>) but empty in one of them shows another
    /// language's text there: a warning at the empty field (RS0108), unless the value is empty in every language.
    /// </summary>
    private static void ReportMissingLanguage(string file, int line, List<string> values, List<(DataColumn Column, string? Language, int Index)> fields, DiagnosticBag diagnostics)
    {
        var empty = fields.Where(f => values[f.Index].Trim().Length == 0).ToList();
        if (empty.Count == 0 || empty.Count == fields.Count) return;
        var given = fields.Except(empty).Select(f => f.Language);
        foreach (var field in empty)
            diagnostics.Warning(DiagnosticCodes.MissingLanguageText, new SourceLocation(file, line, Column(values, field.Index)),
                $"'{field.Column.Key}.{field.Language}' is empty, so the {string.Join("/", given)} text is shown on {field.Language} pages.",
                $"Write the {field.Language} text here, or leave '{field.Column.Key}' empty in every language if the value is unknown.");
    }

    /// <summary>The 1-based column where field <paramref name="index"/> starts, assuming unquoted fields before it (good enough to point at it).</summary>
    private static int Column(IReadOnlyList<string> fields, int index) => 1 + fields.Take(index).Sum(f => f.Length + 1);
}

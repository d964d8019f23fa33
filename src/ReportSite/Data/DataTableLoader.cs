using System.Globalization;
using System.Text.RegularExpressions;
using ReportSite.Configuration;
using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Data;

/// <summary>
/// Loads the data tables in <c>input/data/</c>: each <c>name.yaml</c> declares title, note and
/// columns, with rows inline or in <c>name.csv</c>. Values that do not fit their column's type are
/// errors at the file, line and column where they are written.
/// </summary>
internal static partial class DataTableLoader
{
    public const string Folder = "data";
    private static readonly string[] TableKeys = ["title", "note", "columns", "rows"];
    private static readonly string[] ColumnKeys = ["key", "label", "type", "decimals", "unit"];

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex KeyPattern();

    public static IReadOnlyDictionary<string, DataTable> LoadAll(string inputDirectory, IReadOnlySet<string> files, IReadOnlyList<string> languages, long maxBytes, DiagnosticBag diagnostics)
    {
        var tables = new SortedDictionary<string, DataTable>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => InputPath.Directory(f) == Folder && f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name == GlossaryLoader.Name) continue;
            if (!SafeName.IsSafe(name))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeName, SourceLocation.FileOnly(file),
                    $"The file name '{name}' names the table in chapters and its CSV download, and it holds characters a URL cannot carry safely.",
                    "Rename the file. " + SafeName.Rule);
                continue;
            }
            var csv = $"{Folder}/{name}.csv";
            var table = InternalError.While(file, () => Load(inputDirectory, file, name, files.Contains(csv) ? csv : null, languages, maxBytes, diagnostics));
            if (table is not null) tables[name] = table;
        }
        return tables;
    }

    /// <summary>The tables whose file is in <c>data/</c> but did not load (the reason was reported at that file).</summary>
    public static IReadOnlySet<string> Unloaded(IReadOnlySet<string> files, IReadOnlyDictionary<string, DataTable> tables) =>
        files.Where(f => InputPath.Directory(f) == Folder && f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(name => name != GlossaryLoader.Name && !tables.ContainsKey(name))
            .ToHashSet(StringComparer.Ordinal);

    private static DataTable? Load(string root, string file, string name, string? csv, IReadOnlyList<string> languages, long maxBytes, DiagnosticBag diagnostics)
    {
        if (TextFile.Read(root, file, maxBytes, diagnostics) is not { } text) return null;
        var map = YamlText.ParseMapping(text, file, 1, diagnostics);
        if (map is null) return null;
        map.ReportUnknownKeys(TableKeys);
        var title = map.Localized("title", languages);
        if (title is null) map.ReportMissing("title", "Add for example: title: {zh: 世界互联网发展指数, en: World Internet Development Index}");

        var columns = ReadColumns(map, languages, diagnostics);
        if (columns is null) return null;
        IReadOnlyList<DataRow> rows;
        // The rows' own errors are noted, so a block showing them empty is not reported as a second mistake.
        var rowDiagnostics = new DiagnosticBag();
        if (csv is not null)
        {
            if (map.Contains("rows"))
                diagnostics.Error(DiagnosticCodes.DataSchema, map.LocationOf("rows"),
                    $"Rows are given both here and in {csv}.", "Keep the rows in one place: remove 'rows:' or the CSV file.");
            if (TextFile.Read(root, csv, maxBytes, diagnostics) is not { } csvText) return null;
            rows = DataCsvReader.Read(csvText, csv, columns, languages, rowDiagnostics);
        }
        else rows = map.MapList("rows").Select(r => ReadYamlRow(r, columns, languages, rowDiagnostics)).ToList();
        foreach (var diagnostic in rowDiagnostics.Sorted()) diagnostics.Add(diagnostic);

        if (rows.Count == 0)
            diagnostics.Warning(DiagnosticCodes.EmptyData, csv is not null ? new SourceLocation(csv, 1, 1) : map.LocationOf("rows"),
                csv is not null ? $"{csv} has no rows: every table and chart of '{name}' will be empty." : $"'{name}' has no rows: every table and chart of it will be empty.",
                csv is not null ? "Add one line per row under the header line." : "Add rows: with one '- key: value' item per row, or the rows in " + $"{Folder}/{name}.csv.");
        var withDecimals = WithDecimals(columns, rows);
        PercentFractionCheck.Report(withDecimals, rows, diagnostics);
        return new DataTable
        {
            Name = name,
            SourceFile = file,
            RowsFile = csv ?? file,
            RowsHaveErrors = rowDiagnostics.HasErrors,
            Title = title ?? LocalizedText.Same(name),
            Note = map.Localized("note", languages) ?? LocalizedText.Empty,
            Columns = withDecimals,
            Rows = rows,
        };
    }

    private const string ColumnsExample = "List the columns, e.g. columns: [{key: country, label: {zh: 国家和地区, en: Country}, type: text}]";

    private static List<DataColumn>? ReadColumns(YamlMap map, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var items = map.MapList("columns");
        if (items.Count == 0)
        {
            // 'columns' that is not a list of mappings was reported as such.
            if (map.IsEmptyList("columns"))
                diagnostics.Error(DiagnosticCodes.MissingRequired, map.ValueLocationOf("columns"), "'columns' lists no columns.", ColumnsExample);
            else map.ReportMissing("columns", ColumnsExample);
            return null;
        }
        var columns = new List<DataColumn>();
        foreach (var item in items)
        {
            item.ReportUnknownKeys(ColumnKeys);
            var key = item.String("key");
            if (key is null || !KeyPattern().IsMatch(key))
            {
                diagnostics.Error(DiagnosticCodes.DataSchema, item.ValueLocationOf("key"),
                    key is null ? "A column has no key." : $"Column key '{key}' may use only a-z, 0-9, '-' and '_'.",
                    "Give each column a short key such as 'country' or 'total'.");
                continue;
            }
            if (columns.Any(c => c.Key == key))
                diagnostics.Error(DiagnosticCodes.DataSchema, item.ValueLocationOf("key"), $"Column '{key}' is declared twice.", "Give each column its own key.");
            var typeName = item.String("type") ?? "text";
            if (!Enum.TryParse<ColumnType>(typeName, ignoreCase: true, out var type))
            {
                diagnostics.Error(DiagnosticCodes.DataSchema, item.ValueLocationOf("type"), $"Column type '{typeName}' is not known.", "Use text, number or percent.");
                type = ColumnType.Text;
            }
            columns.Add(new DataColumn(key, item.Localized("label", languages) ?? LocalizedText.Same(key), type,
                Decimals(item, diagnostics), item.Localized("unit", languages) ?? LocalizedText.Empty));
        }
        // Every column was wrong (and reported): there is no table to show.
        return columns.Count == 0 ? null : columns;
    }

    private static DataRow ReadYamlRow(YamlMap row, IReadOnlyList<DataColumn> columns, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        row.ReportUnknownKeys(columns.Select(c => c.Key).ToArray());
        var cells = new Dictionary<string, DataCell>();
        foreach (var column in columns.Where(c => row.Contains(c.Key)))
        {
            if (!column.IsNumeric)
                cells[column.Key] = new DataCell(row.Localized(column.Key, languages), null);
            else
                cells[column.Key] = DataCell.Numeric(row.String(column.Key), column, row.ValueLocationOf(column.Key), diagnostics);
        }
        return new DataRow(cells, row.Location);
    }

    /// <summary>Digits after the point a column asks for, or -1 (as many as its values have) when it does not say or says something out of range.</summary>
    private static int Decimals(YamlMap column, DiagnosticBag diagnostics)
    {
        // Beyond 15 digits a double shows noise, and a negative count has no meaning.
        const int Most = 15;
        if (column.Int("decimals") is not { } decimals) return -1;
        if (decimals is >= 0 and <= Most) return decimals;
        diagnostics.Error(DiagnosticCodes.DataSchema, column.ValueLocationOf("decimals"),
            $"decimals: {decimals} is out of range; it must be a whole number from 0 to {Most}.",
            $"Write decimals: 0 to {Most}, or leave it out to show as many as the most precise value has.");
        return -1;
    }

    /// <summary>Columns without <c>decimals</c> show as many as the most precise value has.</summary>
    private static List<DataColumn> WithDecimals(List<DataColumn> columns, IReadOnlyList<DataRow> rows) =>
        columns.Select(c => c.Decimals >= 0 ? c : c with
        {
            Decimals = rows.Select(r => r[c.Key].Number).OfType<double>().Select(DataValue.FractionDigits).DefaultIfEmpty(0).Max(),
        }).ToList();
}

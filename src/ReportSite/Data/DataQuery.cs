using System.Globalization;

namespace ReportSite.Data;

/// <summary>
/// Applies a block's <c>columns=</c>, <c>sort=</c> and <c>limit=</c> to a data table. Numbers sort by
/// value with empty values last; text sorts in the reader's language (pinyin order for Chinese).
/// </summary>
internal static class DataQuery
{
    /// <param name="table">The data.</param>
    /// <param name="columns">Comma-separated column keys, or null for all.</param>
    /// <param name="sort">A column key, with a leading '-' for descending; null keeps file order.</param>
    /// <param name="limit">How many rows at most, or null for all.</param>
    /// <param name="language">The reader's language, for text values and sort order.</param>
    /// <param name="culture">The reader's culture, for comparing text.</param>
    /// <param name="error">Receives a message and a hint that fits it for each problem.</param>
    public static DataSelection? Select(DataTable table, string? columns, string? sort, string? limit, string language, CultureInfo culture, Action<string, string> error)
    {
        var selected = new List<DataColumn>();
        foreach (var key in columns?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? table.Columns.Select(c => c.Key).ToArray())
        {
            if (table.Column(key) is { } column) selected.Add(column);
            else error(UnknownColumn(table, key), ColumnHint(table));
        }

        IEnumerable<DataRow> rows = table.Rows;
        if (sort is not null)
        {
            var descending = sort.StartsWith('-');
            var key = sort.TrimStart('-', '+');
            if (table.Column(key) is not { } column) error(UnknownColumn(table, key), ColumnHint(table));
            else rows = Sort(rows, column, descending, language, culture);
        }
        if (limit is not null)
        {
            if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) rows = rows.Take(n);
            else error($"limit={limit} is not a whole number from 1 up.",
                "Write limit=N for the first N rows, e.g. limit=10, or leave limit out to show every row.");
        }
        return selected.Count == 0 ? null : new DataSelection(table, selected, rows.ToList());
    }

    public static IEnumerable<DataRow> Sort(IEnumerable<DataRow> rows, DataColumn column, bool descending, string language, CultureInfo culture)
    {
        if (column.IsNumeric)
        {
            // Empty values go last either way.
            var withValue = rows.Where(r => r[column.Key].Number is not null);
            var sorted = descending ? withValue.OrderByDescending(r => r[column.Key].Number) : withValue.OrderBy(r => r[column.Key].Number);
            return sorted.Concat(rows.Where(r => r[column.Key].Number is null));
        }
        var comparer = StringComparer.Create(culture, ignoreCase: false);
        Func<DataRow, string> text = r => r[column.Key].Text?.Get(language) ?? "";
        return descending ? rows.OrderByDescending(text, comparer) : rows.OrderBy(text, comparer);
    }

    private static string ColumnHint(DataTable table) =>
        $"Name columns by their key under 'columns' in {table.SourceFile}.";

    private static string UnknownColumn(DataTable table, string key)
    {
        var closest = Configuration.Spelling.Closest(key, table.Columns.Select(c => c.Key));
        return $"Data table '{table.Name}' has no column '{key}'." +
               (closest is null ? $" Its columns: {string.Join(", ", table.Columns.Select(c => c.Key))}." : $" Did you mean '{closest}'?");
    }
}

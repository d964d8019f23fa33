using ReportSite.Diagnostics;

namespace ReportSite.Data;

/// <summary>A row of a data table, with where it is written (for error messages).</summary>
public sealed record DataRow(IReadOnlyDictionary<string, DataCell> Cells, SourceLocation Location)
{
    public DataCell this[string key] => Cells.GetValueOrDefault(key) ?? DataCell.Empty;
}

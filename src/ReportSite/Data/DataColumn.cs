using ReportSite.Configuration;

namespace ReportSite.Data;

/// <summary>A column of a data table's schema.</summary>
/// <param name="Key">Identifier used in data blocks (<c>columns=country,total</c>) and CSV headers.</param>
/// <param name="Label">Header text per language.</param>
/// <param name="Type">Text, number or percent.</param>
/// <param name="Decimals">Digits after the decimal point when shown.</param>
/// <param name="Unit">Unit per language, shown in the header and on chart axes (e.g. 分 / points).</param>
public sealed record DataColumn(string Key, LocalizedText Label, ColumnType Type, int Decimals, LocalizedText Unit)
{
    public bool IsNumeric => Type != ColumnType.Text;
}

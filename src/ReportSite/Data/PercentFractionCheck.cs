using System.Globalization;
using ReportSite.Diagnostics;

namespace ReportSite.Data;

/// <summary>
/// A percent column holds percents: <c>94.1</c> shows as "94.1%". A column whose values are all
/// between -1 and 1, some with decimals, and none written with a % sign most likely holds fractions
/// (<c>0.941</c>, shown as "0.9%"): that is a warning at the first such value, with the fix.
/// </summary>
internal static class PercentFractionCheck
{
    public static void Report(IReadOnlyList<DataColumn> columns, IReadOnlyList<DataRow> rows, DiagnosticBag diagnostics)
    {
        foreach (var column in columns.Where(c => c.Type == ColumnType.Percent))
        {
            var cells = rows.Select(r => r[column.Key]).Where(c => c.Number is not null).ToList();
            if (cells.Count == 0 || cells.Any(c => Math.Abs(c.Number!.Value) > 1 || c.Written?.EndsWith('%') == true)) continue;
            if (cells.FirstOrDefault(c => c.Number!.Value != Math.Floor(c.Number.Value)) is not { At: { } at } first) continue;
            var value = first.Number!.Value;
            var percent = (value * 100).ToString("0.######", CultureInfo.InvariantCulture);
            var shown = new NumberFormatter(CultureInfo.InvariantCulture).Format(value, column);
            var others = cells.Count - 1;
            diagnostics.Warning(DiagnosticCodes.DataValue, at,
                $"{first.Written} in percent column '{column.Key}' shows as {shown}" + (others switch { 0 => "", 1 => " (its other value is between -1 and 1 too)", _ => $" (its {others} other values are between -1 and 1 too)" }) + ".",
                $"Write {percent} if you mean {percent} percent (percent columns hold percents, not fractions); write {first.Written}% if you mean {first.Written} percent.");
        }
    }
}

using System.Globalization;
using ReportSite.Diagnostics;

namespace ReportSite.Data;

/// <summary>Reads numbers as written in data files: invariant culture, an optional % for percent columns.</summary>
public static class DataValue
{
    /// <summary>The number, null for an empty value, or null with an error for text that is not a number.</summary>
    public static double? Number(string? text, DataColumn column, SourceLocation at, DiagnosticBag diagnostics)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0) return null;
        if (column.Type == ColumnType.Percent && value.EndsWith('%')) value = value[..^1].TrimEnd();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return number;
        diagnostics.Error(DiagnosticCodes.DataValue, at,
            $"'{text}' is not a number, but column '{column.Key}' is of type {column.Type.ToString().ToLowerInvariant()}.",
            "Write digits with a '.' for decimals and no thousands separators, e.g. 65.25; leave the value empty if unknown.");
        return null;
    }

    public static int FractionDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        return dot < 0 || text.Contains('E') ? 0 : Math.Min(text.Length - dot - 1, 6);
    }
}

using System.Globalization;
using ReportSite.Diagnostics;

namespace ReportSite.Data;

/// <summary>Reads numbers as written in data files: invariant culture, an optional % for percent columns.</summary>
internal static class DataValue
{
    /// <summary>
    /// The largest magnitude a value may have. Beyond 10^15 a double no longer holds every whole number
    /// exactly, and sums of many such values (stacked bars) stay far from overflowing to infinity.
    /// </summary>
    public const double Largest = 1e15;

    /// <summary>
    /// The smallest magnitude a value other than zero may have. Smaller ones (down to subnormals such as
    /// 5e-324) underflow when an axis is divided into steps, so no chart could be drawn from them.
    /// </summary>
    public const double Smallest = 1e-9;

    /// <summary>The number, null for an empty value, or null with an error for text that is not a number or is out of range.</summary>
    public static double? Number(string? text, DataColumn column, SourceLocation at, DiagnosticBag diagnostics)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0) return null;
        if (column.Type == ColumnType.Percent && value.EndsWith('%')) value = value[..^1].TrimEnd();
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            diagnostics.Error(DiagnosticCodes.DataValue, at,
                $"'{text}' is not a number, but column '{column.Key}' is of type {column.Type.ToString().ToLowerInvariant()}.",
                "Write digits with a '.' for decimals and no thousands separators, e.g. 65.25; leave the value empty if unknown (NaN and Infinity are not numbers here).");
            return null;
        }
        if (InRange(number)) return number == 0 ? 0 : number; // -0 would print as "-0"
        diagnostics.Error(DiagnosticCodes.DataValue, at,
            $"'{text}' in column '{column.Key}' is out of range; a value must be 0 or between 1e-9 and 1e15 in size (either sign).",
            "Change the column's unit (e.g. millions instead of units, or per million instead of a fraction) so that its values fit.");
        return null;
    }

    /// <summary>Whether a value may be published: zero, or a finite magnitude from <see cref="Smallest"/> to <see cref="Largest"/>.</summary>
    public static bool InRange(double number) => number == 0 || Math.Abs(number) is >= Smallest and <= Largest;

    public static int FractionDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        return dot < 0 || text.Contains('E') ? 0 : Math.Min(text.Length - dot - 1, 6);
    }
}

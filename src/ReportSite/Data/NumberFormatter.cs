using System.Globalization;

namespace ReportSite.Data;

/// <summary>Formats data values for a reader of one language: digit grouping and decimal mark of that culture.</summary>
public sealed class NumberFormatter(CultureInfo culture)
{
    public const string Missing = "—";

    public CultureInfo Culture => culture;

    public string Format(double? value, DataColumn column)
    {
        if (value is not { } number) return Missing;
        var text = number.ToString("N" + column.Decimals.ToString(CultureInfo.InvariantCulture), culture);
        return column.Type == ColumnType.Percent ? text + culture.NumberFormat.PercentSymbol : text;
    }

    public static NumberFormatter For(string htmlLang)
    {
        try { return new NumberFormatter(CultureInfo.GetCultureInfo(htmlLang)); }
        catch (CultureNotFoundException) { return new NumberFormatter(CultureInfo.InvariantCulture); }
    }
}

using ReportSite.Configuration;

namespace ReportSite.Data;

/// <summary>One value: text (possibly per language) for text columns, a number for the others; both null when empty.</summary>
public sealed record DataCell(LocalizedText? Text, double? Number)
{
    public static readonly DataCell Empty = new(null, null);
}

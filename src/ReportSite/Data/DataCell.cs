using ReportSite.Configuration;
using ReportSite.Diagnostics;

namespace ReportSite.Data;

/// <summary>One value: text (possibly per language) for text columns, a number for the others; both null when empty.</summary>
public sealed record DataCell(LocalizedText? Text, double? Number)
{
    public static readonly DataCell Empty = new(null, null);

    /// <summary>A number as written in a data file, with its text and place, for checks that look at a whole column.</summary>
    public static DataCell Numeric(string? written, DataColumn column, SourceLocation at, DiagnosticBag diagnostics) =>
        new(null, DataValue.Number(written, column, at, diagnostics)) { Written = written?.Trim(), At = at };

    /// <summary>Whether the reader of <paramref name="language"/> sees nothing here ("—").</summary>
    public bool IsEmptyIn(string language) => Number is null && string.IsNullOrWhiteSpace(Text?.Get(language));

    /// <summary>The value as written in the file (numbers only).</summary>
    public string? Written { get; init; }

    /// <summary>Where the value is written (numbers only).</summary>
    public SourceLocation? At { get; init; }
}

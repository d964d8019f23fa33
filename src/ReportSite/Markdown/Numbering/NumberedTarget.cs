using System.Globalization;

namespace ReportSite.Markdown.Numbering;

/// <summary>
/// A numbered element of a page, given where it is parsed: its kind, its number among that kind in
/// document order, and the id its author gave it (<c>{#tbl-growth}</c>), if any. Links and
/// cross-references may point at it from Parse on; the element the build writes carries <see cref="Id"/>,
/// and links to <see cref="Key"/> are redirected there.
/// </summary>
/// <param name="Kind">Table, figure or box.</param>
/// <param name="Ordinal">Its number among the page's elements of its kind, from 1.</param>
/// <param name="Key">The id its author gave it, if any.</param>
/// <param name="Line">Its 0-based line in the body, for diagnostics.</param>
/// <param name="Column">Its 0-based column in the body.</param>
public sealed record NumberedTarget(NumberedKind Kind, int Ordinal, string? Key, int Line, int Column)
{
    /// <summary>The element id, e.g. <c>table-2</c>, <c>figure-1</c> or <c>box-1</c>.</summary>
    public string Id => Prefix(Kind) + Ordinal.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id prefix of a kind: <c>table-</c>, <c>figure-</c>, <c>box-</c>.</summary>
    public static string Prefix(NumberedKind kind) => kind switch
    {
        NumberedKind.Table => "table-",
        NumberedKind.Figure => "figure-",
        _ => "box-",
    };

    /// <summary>The number shown for it: "3-1" in chapter 3, "1" on a page outside the numbered chapters.</summary>
    public string Number(int chapter) => chapter > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{chapter}-{Ordinal}")
        : Ordinal.ToString(CultureInfo.InvariantCulture);
}

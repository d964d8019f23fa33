using System.Globalization;

namespace ReportSite.Markdown.Footnotes;

/// <summary>
/// The ids of footnotes and their references: <c>fn-1</c>, <c>fnref-3</c>. Markdig writes
/// <c>fn:1</c>; a colon in an id must be escaped in CSS selectors, so the site's ids use a hyphen.
/// </summary>
internal static class FootnoteIds
{
    /// <summary>The id of footnote number <paramref name="order"/> (its place in the list).</summary>
    public static string Note(int order) => "fn-" + order.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of the <paramref name="index"/>-th reference to a footnote in the text.</summary>
    public static string Reference(int index) => "fnref-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A URL written for Markdig's footnote ids (<c>#fn:1</c>, <c>#fnref:2</c>) pointed at the site's
    /// (<c>#fn-1</c>); any other URL as it is.
    /// </summary>
    public static string? Retarget(string? url)
    {
        if (url is null) return url;
        var text = url.AsSpan(url.StartsWith('#') ? 1 : 0);
        var name = text.StartsWith("fnref:") ? 5 : text.StartsWith("fn:") ? 2 : -1;
        if (name < 0 || text.Length == name + 1) return url;
        foreach (var c in text[(name + 1)..])
            if (!char.IsAsciiDigit(c)) return url;
        var colon = url.Length - text.Length + name;
        return string.Concat(url.AsSpan(0, colon), "-", url.AsSpan(colon + 1));
    }
}

using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReportSite.SideBySide;

/// <summary>
/// Makes a rendered body's ids unique on a page that shows two bodies: every id gets a prefix (the
/// language, <c>zh-sec-1</c>, <c>en-fn-1</c>), and so does every reference to an id inside the body —
/// in-page links, <c>url(#…)</c> in SVG, and the attributes that name ids (labels, table headers,
/// ARIA) — so footnotes, section links, table captions and chart titles keep working.
/// </summary>
internal static partial class IdPrefixer
{
    /// <summary>
    /// One pass over the attributes: rendered HTML escapes every <c>"</c> in text (<c>&amp;quot;</c>),
    /// so <c>name="…"</c> is always an attribute of a tag.
    /// </summary>
    public static string Prefix(string html, string prefix) =>
        IdAttribute().Replace(html, attribute => Rewrite(attribute, prefix));

    private static string Rewrite(Match attribute, string prefix)
    {
        var name = attribute.Groups["name"].Value;
        var value = attribute.Groups["value"].Value;
        string rewritten;
        if (name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("xlink:href", StringComparison.OrdinalIgnoreCase))
            rewritten = value.StartsWith('#') && value.Length > 1 ? "#" + prefix + value[1..] : value;
        else if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
            rewritten = value.Length > 0 ? prefix + value : value;
        else if (IdListAttributes.Contains(name))
            rewritten = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => prefix + id));
        else
            rewritten = UrlReference().Replace(value, m => "url(#" + prefix + m.Groups[1].Value + ")");
        return attribute.Groups["space"].Value + name + "=\"" + rewritten + "\"";
    }

    /// <summary>Attributes whose value is one id or a list of ids.</summary>
    private static readonly FrozenSet<string> IdListAttributes = new[]
    {
        "for", "headers", "list", "form", "popovertarget", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns",
        "aria-activedescendant", "aria-details", "aria-errormessage", "aria-flowto",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>An attribute that is or names an id, or may hold <c>url(#…)</c> (SVG paint and style).</summary>
    [GeneratedRegex("(?<space>\\s)(?<name>id|href|xlink:href|for|headers|list|form|popovertarget|aria-[a-z]+|fill|stroke|clip-path|mask|filter|marker-[a-z]+|style)=\"(?<value>[^\"]*)\"",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("url\\(#([^)]*)\\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();
}

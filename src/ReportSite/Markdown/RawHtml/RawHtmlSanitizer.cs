using AngleSharp.Dom;
using Ganss.Xss;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// Cleans a page body that holds raw HTML from its Markdown with HtmlSanitizer, keeping what
/// reports use (tables with colspan/rowspan, sup/sub, figure, abbr, details/summary, ruby for
/// Chinese annotations…) and removing everything that can run script or change the page around
/// it: script, style, iframe, object, forms, event handlers, style attributes, and URLs other than
/// http(s), mailto, relative ones and images' <c>data:image/…</c>. Thread-safe: a sanitiser per call.
/// </summary>
public static class RawHtmlSanitizer
{
    /// <summary>Elements raw HTML may use (Markdown's own output needs no more than these).</summary>
    public static readonly IReadOnlySet<string> Tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "span", "br", "hr", "wbr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd", "samp", "var",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "dfn", "cite", "q", "time",
        "bdi", "bdo", "ruby", "rt", "rp", "a", "img", "figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "details", "summary",
        "section", "aside", "input",
    };

    /// <summary>Attributes raw HTML may use; <c>data-*</c> attributes are allowed too.</summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "class", "title", "lang", "dir", "href", "src", "alt", "width", "height", "loading", "colspan", "rowspan",
        "scope", "headers", "span", "datetime", "cite", "open", "start", "reversed", "type", "value", "checked", "disabled",
        "tabindex", "role", "aria-hidden", "aria-label", "aria-labelledby", "aria-describedby", "download", "name",
    };

    /// <summary>
    /// Returns the cleaned HTML and calls <paramref name="removed"/> once per removed element or
    /// attribute, with what it was (<c>&lt;script&gt;</c>, <c>onclick</c>, <c>href="javascript:…"</c>).
    /// Comments are removed silently: Markdown authors use them for notes.
    /// </summary>
    public static string Clean(string html, Action<string> removed)
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            UriAttributes = new HashSet<string>(["href", "src", "cite", "action", "formaction", "poster", "background", "longdesc", "usemap"], StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(),
            AllowDataAttributes = true,
        });
        sanitizer.FilterUrl += (_, e) =>
        {
            // Images may embed pictures as data: URLs; nothing else may use data: (it can carry a page with script).
            if (e.SanitizedUrl is null && e.Tag.LocalName == "img" && UrlAllowsImageData(e.OriginalUrl)) e.SanitizedUrl = e.OriginalUrl.Trim();
        };
        sanitizer.RemovingTag += (_, e) => removed($"<{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed(Describe(e.Attribute));
        sanitizer.RemovingStyle += (_, e) => removed("style");
        return sanitizer.Sanitize(html);
    }

    private static bool UrlAllowsImageData(string url) =>
        url.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) && !Linking.UrlSafety.IsDangerous(url, isImage: true);

    private static string Describe(IAttr attribute) =>
        Attributes.Contains(attribute.Name) ? $"{attribute.Name}=\"{Shorten(attribute.Value)}\"" : attribute.Name;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

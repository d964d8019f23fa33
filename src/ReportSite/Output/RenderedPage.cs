namespace ReportSite.Output;

/// <summary>A rendered HTML page, with what the sitemap needs to know about it.</summary>
/// <param name="SitePath">Where it is published, e.g. <c>zh/wid/economy/</c>.</param>
/// <param name="Language">Its language, or null for pages of every language (root, 404).</param>
/// <param name="Html">The page.</param>
/// <param name="CanonicalUrl">Its canonical URL (absolute when the base URL has a host).</param>
/// <param name="Alternates">Its versions by hreflang, x-default included.</param>
/// <param name="Indexable">False for pages search engines should not list (search results, 404).</param>
public sealed record RenderedPage(
    string SitePath, string? Language, string Html,
    string CanonicalUrl = "", IReadOnlyList<KeyValuePair<string, string>>? Alternates = null, bool Indexable = true);

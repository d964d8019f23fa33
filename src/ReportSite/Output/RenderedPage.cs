namespace ReportSite.Output;

/// <summary>A rendered HTML page, with what the sitemap needs to know about it.</summary>
/// <param name="SitePath">Where it is published, e.g. <c>zh/wid/economy/</c>.</param>
/// <param name="Language">Its language, or null for pages of every language (root, 404).</param>
/// <param name="Html">The page; null once a build has written it to the staging folder (builds keep no page in memory).</param>
/// <param name="CanonicalUrl">Its canonical URL (absolute when the base URL has a host).</param>
/// <param name="Alternates">Its versions by hreflang, x-default included.</param>
/// <param name="Indexable">False for pages search engines should not list (search results, 404).</param>
/// <param name="LastModified">The day its source last changed (<c>yyyy-MM-dd</c>), for chapters and pages.</param>
public sealed record RenderedPage(
    string SitePath, string? Language, string? Html,
    string CanonicalUrl = "", IReadOnlyList<KeyValuePair<string, string>>? Alternates = null, bool Indexable = true, string? LastModified = null)
{
    /// <summary>The HTML of a page kept in memory (the preview's); builds write pages out as they render them.</summary>
    public string KeptHtml => Html ?? throw new InvalidOperationException($"Page {SitePath} was written to the output folder and is not kept in memory.");
}

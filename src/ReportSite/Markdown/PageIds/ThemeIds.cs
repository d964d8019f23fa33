namespace ReportSite.Markdown.PageIds;

/// <summary>
/// The ids the theme writes on every kind of page around the body (the skip link's target
/// <c>main</c>, the labels of the navigation and the search page's parts), and <c>top</c>, which
/// browsers scroll to the top of the page for when no element has it. An author's id must not take
/// them: a second <c>id="main"</c> breaks the skip link. A test keeps this list in step with
/// themes/default.
/// </summary>
public static class ThemeIds
{
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "top", "toc-title", "contents-title", "report-nav-title", "reports-title",
        "search-help", "search-more", "search-no-script", "search-query", "search-results", "search-status", "site-search-input",
    };
}

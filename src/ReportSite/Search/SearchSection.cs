namespace ReportSite.Search;

/// <summary>One searchable section of a page: from a heading to the next (or the text before the first heading).</summary>
/// <param name="Language">The page's language.</param>
/// <param name="Url">Link to the section: page URL plus <c>#sec-…</c> (no anchor for the opening text).</param>
/// <param name="PageTitle">The chapter or page title.</param>
/// <param name="Heading">The section's heading, or empty for the opening text.</param>
/// <param name="Context">Where the page sits, e.g. the report title and "第3章".</param>
/// <param name="Text">The section's plain text.</param>
internal sealed record SearchSection(string Language, string Url, string PageTitle, string Heading, string Context, string Text)
{
    /// <summary>True for standalone pages: they rank a little below report chapters, which readers search for first.</summary>
    public bool Secondary { get; init; }
}

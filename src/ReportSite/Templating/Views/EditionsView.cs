namespace ReportSite.Templating.Views;

/// <summary>The other editions of the page's series, newest first, and the series' name in the page's language.</summary>
internal sealed record EditionsView(string SeriesTitle, IReadOnlyList<EditionLinkView> Links);

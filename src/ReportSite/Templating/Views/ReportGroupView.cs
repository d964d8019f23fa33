namespace ReportSite.Templating.Views;

/// <summary>
/// One entry of the home page's report list: a series with its latest edition first and the earlier
/// ones after it, or a report that stands alone (no <c>SeriesTitle</c>, no <c>Earlier</c>).
/// </summary>
internal sealed record ReportGroupView(string? SeriesTitle, ReportView Latest, IReadOnlyList<ReportView> Earlier);

namespace ReportSite.Templating.Views;

/// <summary>
/// A chapter's side-by-side view: its two language versions as columns (<see cref="Columns"/>, in
/// the site's language order) and the rows of sections set beside each other.
/// </summary>
internal sealed record ParallelView(
    int Number,
    ReportView Report,
    string ChapterUrl,
    IReadOnlyList<ParallelColumnView> Columns,
    IReadOnlyList<ParallelRowView> Rows);

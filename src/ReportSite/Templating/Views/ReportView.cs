namespace ReportSite.Templating.Views;

/// <summary>A report in the page's language: its cover details and its chapters in that language.</summary>
internal sealed record ReportView(
    string Id,
    string Title,
    string Url,
    string Summary,
    string Publisher,
    int? Year,
    string? Released,
    string? CoverUrl,
    int ChapterCount,
    IReadOnlyList<ChapterLinkView> Chapters,
    string? FiguresUrl);

namespace ReportSite.Templating.Views;

/// <summary>
/// A report in the page's language: its cover details and its chapters in that language; <c>PrintUrl</c>
/// is its print edition in the language (null when the theme has none), <c>Pdf</c> its PDF in the
/// language, on its index when <c>build --pdf</c> made it (else null).
/// </summary>
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
    string? FiguresUrl,
    string? PrintUrl = null,
    PdfLinkView? Pdf = null);

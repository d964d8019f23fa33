namespace ReportSite.Templating.Views;

/// <summary>The body of a chapter or standalone page, rendered to HTML where the template writes it, with its metadata.</summary>
public sealed record ArticleView(
    string Title,
    string Summary,
    HtmlFragment Content,
    IReadOnlyList<TocEntryView> Toc,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Keywords,
    string? Date,
    string? DateIso,
    int ReadingMinutes,
    OutdatedNoticeView? Outdated);

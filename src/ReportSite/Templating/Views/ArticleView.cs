namespace ReportSite.Templating.Views;

/// <summary>
/// The body of a chapter or standalone page, rendered to HTML where the template writes it, with its
/// metadata. <c>TitleAnchor</c> is the id for the page's title heading: the GitHub slug or <c>{#id}</c>
/// of the Markdown H1 the title came from, else empty. <c>Updated</c> is the day git last saw the
/// source change, else the front matter's date; <c>EditUrl</c> opens the source in the site's repository.
/// </summary>
internal sealed record ArticleView(
    string Title,
    string Summary,
    HtmlFragment Content,
    IReadOnlyList<TocEntryView> Toc,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Keywords,
    string? Date,
    string? DateIso,
    int ReadingMinutes,
    OutdatedNoticeView? Outdated,
    string TitleAnchor,
    string? Updated,
    string? UpdatedIso,
    string? EditUrl);

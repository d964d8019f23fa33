namespace ReportSite.Templating.Views;

/// <summary>A chapter as listed in a report's contents, sidebar or previous/next links.</summary>
/// <param name="Number">Chapter number, shared by translations.</param>
/// <param name="Title">Title in the page's language.</param>
/// <param name="Url">Its URL.</param>
/// <param name="Summary">Front matter summary, or empty.</param>
/// <param name="ReadingMinutes">Estimated reading time (Chinese by characters, English by words).</param>
/// <param name="Current">True on the chapter's own page.</param>
/// <param name="Translations">Its versions in the site's other languages, available or not.</param>
/// <param name="ParallelUrl">Its side-by-side view with another language, or null when it has none.</param>
internal sealed record ChapterLinkView(
    int Number, string Title, string Url, string Summary, int ReadingMinutes, bool Current,
    IReadOnlyList<TranslationLinkView> Translations, string? ParallelUrl);

namespace ReportSite.Templating.Views;

/// <summary>A chapter as listed in a report's contents, sidebar or previous/next links.</summary>
public sealed record ChapterLinkView(
    int Number, string Title, string Url, string Summary, int ReadingMinutes, bool Current, bool Translated);

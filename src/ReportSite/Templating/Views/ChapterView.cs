namespace ReportSite.Templating.Views;

/// <summary>What a chapter page shows beyond its article: its place in the report.</summary>
internal sealed record ChapterView(
    int Number,
    ArticleView Article,
    ReportView Report,
    ChapterLinkView? Previous,
    ChapterLinkView? Next);

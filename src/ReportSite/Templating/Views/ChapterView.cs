namespace ReportSite.Templating.Views;

/// <summary>What a chapter page shows beyond its article: its place in the report, and its side-by-side view if it has one.</summary>
internal sealed record ChapterView(
    int Number,
    ArticleView Article,
    ReportView Report,
    ChapterLinkView? Previous,
    ChapterLinkView? Next,
    string? ParallelUrl = null);

using ReportSite.Configuration;

namespace ReportSite.Linking;

/// <summary>
/// The Link stage's result: the whole site with URLs, order and translations settled. Read-only
/// from here on, so Render and Write can run in parallel without locks.
/// </summary>
public sealed record LinkedSite
{
    public required SiteConfig Config { get; init; }
    public required UrlBuilder Urls { get; init; }

    /// <summary>Reports, newest first.</summary>
    public required IReadOnlyList<Report> Reports { get; init; }

    /// <summary>Report series and their editions, by series id; empty when no report names a series.</summary>
    public IReadOnlyList<ReportSeries> Series { get; init; } = [];

    /// <summary>Standalone pages per language, in menu order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ContentPage>> PagesByLanguage { get; init; }

    /// <summary>Every chapter and page, in a stable order.</summary>
    public required IReadOnlyList<ContentPage> Content { get; init; }

    /// <summary>Files referenced by content or configuration, to copy to the output.</summary>
    public required IReadOnlyList<MediaFile> Media { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, ContentPage>> TranslationGroups { get; init; }

    /// <summary>Translations whose original changed since they were stamped: source path → the original.</summary>
    public IReadOnlyDictionary<string, ContentPage> OutdatedTranslations { get; init; } = new Dictionary<string, ContentPage>();

    /// <summary>The address of each source file in the site's repository, for "edit this page"; null without <c>repo_url</c>.</summary>
    public EditLinks? EditLinks { get; init; }

    public IReadOnlyList<string> Languages => Config.Languages;

    public IReadOnlyList<ContentPage> Pages(string language) =>
        PagesByLanguage.TryGetValue(language, out var pages) ? pages : [];

    public Report Report(string id) => Reports.First(r => r.Id == id);

    /// <summary>The series <paramref name="report"/> is an edition of, or null when it stands alone.</summary>
    public ReportSeries? SeriesOf(Report report) =>
        report.Config.Series is { } id ? Series.FirstOrDefault(s => s.Id == id) : null;

    /// <summary>The version of <paramref name="page"/> in <paramref name="language"/>, if it exists.</summary>
    public ContentPage? Translation(ContentPage page, string language) =>
        TranslationGroups[page.TranslationGroup].GetValueOrDefault(language);

    /// <summary>
    /// The same site with some chapters or pages replaced by new versions (same source path, URL,
    /// order and translation group), as the preview's incremental rebuild needs.
    /// </summary>
    public LinkedSite WithPages(IReadOnlyDictionary<string, ContentPage> bySource)
    {
        ContentPage Swap(ContentPage p) => bySource.GetValueOrDefault(p.Document.Source.Path) ?? p;
        IReadOnlyList<ContentPage> SwapAll(IReadOnlyList<ContentPage> pages) =>
            pages.Any(p => bySource.ContainsKey(p.Document.Source.Path)) ? pages.Select(Swap).ToList() : pages;
        var touchedGroups = bySource.Values.Select(p => p.TranslationGroup).ToHashSet();
        return this with
        {
            Content = Content.Select(Swap).ToList(),
            Reports = Reports.Select(r => r with
            {
                ChaptersByLanguage = r.ChaptersByLanguage.ToDictionary(c => c.Key, c => SwapAll(c.Value)),
            }).ToList(),
            PagesByLanguage = PagesByLanguage.ToDictionary(p => p.Key, p => SwapAll(p.Value)),
            TranslationGroups = TranslationGroups.ToDictionary(g => g.Key, g => touchedGroups.Contains(g.Key)
                ? (IReadOnlyDictionary<string, ContentPage>)g.Value.ToDictionary(v => v.Key, v => Swap(v.Value))
                : g.Value),
        };
    }
}

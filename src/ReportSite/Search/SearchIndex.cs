using ReportSite.Content;
using ReportSite.Linking;
using ReportSite.Output;
using ReportSite.Templating;

namespace ReportSite.Search;

/// <summary>The Index stage for search: every chapter and page of each language, cut into sections, written as that language's index.</summary>
internal static class SearchIndex
{
    /// <summary>
    /// The sections of each language, in index order (chapters, then standalone pages, each by site
    /// path), from each page's sections as <paramref name="sectionsOf"/> gives them (the Render+Index step's results).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, List<SearchSection>>> Collect(LinkedSite site, Func<ContentPage, IReadOnlyList<SearchSection>> sectionsOf) =>
        site.Languages.Select(language => KeyValuePair.Create(language, site.Content
                .Where(page => page.Language == language)
                .OrderBy(page => page.Kind).ThenBy(page => page.SitePath, StringComparer.Ordinal)
                .SelectMany(sectionsOf)
                .ToList()))
            .ToList();

    /// <summary>Each language's index files (with a build's <paramref name="output"/>, those not yet written there: see <see cref="SearchIndexBuilder.Build(string, IReadOnlyList{SearchSection}, CancellationToken, StagedOutput)"/>).</summary>
    public static IEnumerable<OutputFile> Build(IReadOnlyList<KeyValuePair<string, List<SearchSection>>> sections, CancellationToken cancel = default, StagedOutput? output = null) =>
        sections.AsParallel().AsOrdered().WithCancellation(cancel).SelectMany(language =>
            SearchIndexBuilder.Build(language.Key, language.Value, cancel, output));

    /// <summary>A page's sections, taken from its body's Markdown tree, with a worker's <paramref name="buffer"/> if it has one.</summary>
    public static List<SearchSection> SectionsOf(LinkedSite site, Theme theme, ContentPage page, Markdown.PageBody body, System.Text.StringBuilder? buffer = null) =>
        SectionExtractor.Extract(body.Ast, page.Language, site.Urls.Href(page.SitePath), page.Title, Context(site, theme, page),
            secondary: page.Kind != ContentKind.Chapter, buffer);

    /// <summary>Where a result comes from: "世界互联网发展报告2024 · 第3章", or the site title for a standalone page.</summary>
    private static string Context(LinkedSite site, Theme theme, ContentPage page)
    {
        var fallback = site.Config.DefaultLanguage;
        if (page.Kind != ContentKind.Chapter) return site.Config.Title.Get(page.Language, fallback);
        var chapter = theme.I18n[page.Language].Strings.GetValueOrDefault("chapter_number", "{n}")
            .Replace("{n}", page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"{site.Report(page.ReportId!).Config.Title.Get(page.Language, fallback)} · {chapter}";
    }
}

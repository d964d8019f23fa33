using ReportSite.Content;
using ReportSite.Linking;
using ReportSite.Output;
using ReportSite.Templating;

namespace ReportSite.Search;

/// <summary>The Index stage for search: every chapter and page of each language, cut into sections, written as that language's index.</summary>
public static class SearchIndex
{
    /// <summary>The text of every section of each language, taken from the pages' Markdown trees (so before a build releases them).</summary>
    public static IReadOnlyList<KeyValuePair<string, List<SearchSection>>> Collect(LinkedSite site, Theme theme, CancellationToken cancel = default) =>
        site.Languages.AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(language => KeyValuePair.Create(language, Sections(site, theme, language)))
            .ToList();

    /// <summary>Each language's index files.</summary>
    public static IEnumerable<OutputFile> Build(IReadOnlyList<KeyValuePair<string, List<SearchSection>>> sections, CancellationToken cancel = default) =>
        sections.AsParallel().AsOrdered().WithCancellation(cancel).SelectMany(language =>
            SearchIndexBuilder.Build(language.Key, language.Value, cancel));

    public static List<SearchSection> Sections(LinkedSite site, Theme theme, string language) =>
        site.Content
            .Where(page => page.Language == language)
            .OrderBy(page => page.Kind).ThenBy(page => page.SitePath, StringComparer.Ordinal)
            .SelectMany(page => SectionExtractor.Extract(page.Document.Ast, language, site.Urls.Href(page.SitePath), page.Title, Context(site, theme, page),
                secondary: page.Kind != ContentKind.Chapter))
            .ToList();

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

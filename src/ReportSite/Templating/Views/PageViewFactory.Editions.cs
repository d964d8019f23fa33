using ReportSite.Linking;

namespace ReportSite.Templating.Views;

/// <summary>Editions: the home page's series groups and the links between a series' editions.</summary>
internal sealed partial class PageViewFactory
{
    private readonly EditionChapters _editionChapters = new(site);

    /// <summary>
    /// The home page's list: each series where its newest edition falls in the site's report order
    /// (year, then <c>order</c>), editions newest first under it; standalone reports as they are.
    /// </summary>
    private List<ReportGroupView> ReportGroups(string language)
    {
        var groups = new List<ReportGroupView>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in site.Reports)
        {
            if (site.SeriesOf(report) is not { } series)
            {
                groups.Add(new ReportGroupView(null, ReportOf(report, language, null), []));
                continue;
            }
            if (!shown.Add(series.Id)) continue;
            var editions = series.EditionIds.Select(id => ReportOf(site.Report(id), language, null)).ToList();
            groups.Add(new ReportGroupView(series.Title.Get(language, site.Config.DefaultLanguage), editions[0], editions.Skip(1).ToList()));
        }
        return groups;
    }

    /// <summary>A report index's list of the other editions of its series, or null when it stands alone or is the only one.</summary>
    private EditionsView? ReportEditions(Report report, string language)
    {
        if (site.SeriesOf(report) is not { } series || series.EditionIds.Count < 2) return null;
        var links = series.EditionIds.Where(id => id != report.Id)
            .Select(id => EditionLink(site.Report(id), language, UrlBuilder.ReportPath(language, id), language))
            .ToList();
        return new EditionsView(series.Title.Get(language, site.Config.DefaultLanguage), links);
    }

    /// <summary>
    /// A chapter's links to the same chapter in the series' other editions, in the page's language where
    /// that edition has it, else in the first of the site's languages it has (marked as such, so the
    /// reader learns the chapter is there and which language it is in); null when no edition has it.
    /// </summary>
    private EditionsView? ChapterEditions(ContentPage chapter)
    {
        var language = chapter.Language;
        var links = new List<EditionLinkView>();
        foreach (var (edition, group) in _editionChapters.Of(chapter))
        {
            var versions = site.TranslationGroups[group];
            var target = versions.GetValueOrDefault(language) ?? site.Languages.Select(versions.GetValueOrDefault).OfType<ContentPage>().First();
            links.Add(EditionLink(edition, language, target.SitePath, target.Language));
        }
        if (links.Count == 0) return null;
        var series = site.SeriesOf(site.Report(chapter.ReportId!))!;
        return new EditionsView(series.Title.Get(language, site.Config.DefaultLanguage), links);
    }

    private EditionLinkView EditionLink(Report edition, string language, string sitePath, string targetLanguage)
    {
        var config = edition.Config;
        var title = config.Title.Get(targetLanguage, site.Config.DefaultLanguage);
        var label = config.Year is { } year
            ? Strings(language)["edition_label"].Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : config.Title.Get(language, site.Config.DefaultLanguage);
        var table = theme.I18n[targetLanguage];
        return new EditionLinkView(config.Year, label, title, _urls.Href(sitePath), table.HtmlLang, table.LanguageName, targetLanguage != language);
    }
}

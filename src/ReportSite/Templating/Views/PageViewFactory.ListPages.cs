using ReportSite.Data;
using ReportSite.Linking;
using ReportSite.Markdown;
using ReportSite.Markdown.Numbering;

namespace ReportSite.Templating.Views;

/// <summary>The generated pages that are not content: lists of tables and figures, glossary, search, root and 404.</summary>
internal sealed partial class PageViewFactory
{
    public bool HasFigures(Report report, string language) =>
        report.Chapters(language).Any(c => data.Figures.ContainsKey(c.Document.Source.Path));

    /// <summary>A report's list of tables, figures (charts and images) and boxes, by chapter.</summary>
    public PageView Figures(Report report, string language)
    {
        var reportView = ReportOf(report, language, null);
        var title = Strings(language)["tables_and_figures"];
        var groups = report.Chapters(language)
            .Where(c => data.Figures.ContainsKey(c.Document.Source.Path))
            .Select(c =>
            {
                var entries = data.Figures[c.Document.Source.Path];
                // Templates see view records only: the kind picks the list an entry goes to.
                List<FigureLinkView> Of(NumberedKind kind) => entries.Where(e => e.Kind == kind)
                    .Select(f => new FigureLinkView(f.NumberLabel, f.Caption, _urls.Href(c.SitePath) + "#" + f.Anchor)).ToList();
                return new FigureGroupView(c.Number, c.Title, _urls.Href(c.SitePath), Of(NumberedKind.Table), Of(NumberedKind.Figure), Of(NumberedKind.Box));
            })
            .ToList();
        return Base("figures", language, title, UrlBuilder.FiguresPath(language, report.Id)) with
        {
            DocumentTitle = TitleOf(title, reportView.Title, SiteTitle(language)),
            Alternates = Alternates(site.Languages.Where(l => HasFigures(report, l)).ToDictionary(l => l, l => UrlBuilder.FiguresPath(l, report.Id))),
            Breadcrumbs =
            [
                Crumb(language, "home", UrlBuilder.HomePath(language)),
                new LinkView(reportView.Title, reportView.Url),
                new LinkView(title, _urls.Href(UrlBuilder.FiguresPath(language, report.Id)), true),
            ],
            Languages = LanguageLinks(language, l => HasFigures(report, l)
                ? (UrlBuilder.FiguresPath(l, report.Id), true)
                : (UrlBuilder.ReportPath(l, report.Id), false)),
            Report = reportView,
            FigureGroups = groups,
        };
    }

    /// <summary>The glossary, sorted in the page's language.</summary>
    public PageView Glossary(string language)
    {
        var glossary = data.Glossary!;
        var title = glossary.Title.Get(language);
        var comparer = StringComparer.Create(Strings(language).Culture, ignoreCase: true);
        var terms = glossary.Terms
            .Select(t => new GlossaryTermView(t.Id, t.Term.Get(language), t.Definition.Get(language),
                site.Languages.Where(l => l != language).Select(l => new TranslationTermView(theme.I18n[l].HtmlLang, t.Term.Get(l))).ToList()))
            .OrderBy(t => t.Term.TrimStart('“', '"', '「', '《', '‘', '\''), comparer)
            .ToList();
        return Base("glossary", language, title, UrlBuilder.GlossaryPath(language)) with
        {
            Alternates = Alternates(site.Languages.ToDictionary(l => l, UrlBuilder.GlossaryPath)),
            Breadcrumbs = [Crumb(language, "home", UrlBuilder.HomePath(language)), new LinkView(title, _urls.Href(UrlBuilder.GlossaryPath(language)), true)],
            Languages = LanguageLinks(language, l => (UrlBuilder.GlossaryPath(l), true)),
            Glossary = new GlossaryView(glossary.Introduction.Get(language), terms),
        };
    }

    /// <summary>The search page: the form works without JavaScript as a link target; results need the script.</summary>
    public PageView Search(string language)
    {
        var text = Strings(language);
        var title = text["search_title"];
        var manifests = site.Languages.Select(l => new
        {
            language = l,
            htmlLang = theme.I18n[l].HtmlLang,
            url = _urls.Href(ReportSite.Search.SearchIndexBuilder.ManifestPath(l)),
        });
        var labels = new
        {
            results = text["search_results"],
            one = text["search_results_one"],
            none = text["search_none"],
            loading = text["search_loading"],
            error = text["search_error"],
        };
        return Base("search", language, title, UrlBuilder.SearchPath(language)) with
        {
            Alternates = Alternates(site.Languages.ToDictionary(l => l, UrlBuilder.SearchPath)),
            Breadcrumbs = [Crumb(language, "home", UrlBuilder.HomePath(language)), new LinkView(title, _urls.Href(UrlBuilder.SearchPath(language)), true)],
            Languages = LanguageLinks(language, l => (UrlBuilder.SearchPath(l), true)),
            NoIndex = true,
            Search = new SearchView(System.Text.Json.JsonSerializer.Serialize(manifests), System.Text.Json.JsonSerializer.Serialize(labels),
                site.Languages.Where(l => l != language).Select(l => theme.I18n[l].LanguageName).ToList()),
        };
    }

    /// <summary>The root <c>/index.html</c>: offers every language, each described in its own language.</summary>
    public PageView Root() => Base("root", site.Config.DefaultLanguage, SiteTitle(site.Config.DefaultLanguage), "") with
    {
        DocumentTitle = string.Join(" · ", site.Languages.Select(SiteTitle).Distinct()),
        Alternates = Alternates(site.Languages.ToDictionary(l => l, UrlBuilder.HomePath), xDefault: ""),
        LanguageHomes = LanguageHomes(),
        FeedUrl = null,
    };

    /// <summary>The <c>/404.html</c> page, in every language since the reader's language is unknown.</summary>
    public PageView NotFound()
    {
        var language = site.Config.DefaultLanguage;
        var title = string.Join(" · ", site.Languages.Select(l => Strings(l)["not_found_title"]).Distinct());
        return Base("not_found", language, title, UrlBuilder.NotFoundPath) with { LanguageHomes = LanguageHomes(), NoIndex = true, FeedUrl = null };
    }

    private ChapterLinkView ChapterLink(ContentPage chapter) => new(
        chapter.Number,
        chapter.Title,
        _urls.Href(chapter.SitePath),
        chapter.Document.Source.FrontMatter.Summary ?? "",
        chapter.Document.Length.ReadingMinutes,
        false,
        site.Languages.Where(l => l != chapter.Language)
            .Select(l => new TranslationLinkView(theme.I18n[l].LanguageName, theme.I18n[l].HtmlLang,
                site.Translation(chapter, l) is { } t ? _urls.Href(t.SitePath) : null))
            .ToList(),
        !SideBySide.ParallelPairs.Shown(theme) || SideBySide.ParallelPairs.Partner(site, chapter) is null ? null : _urls.Href(UrlBuilder.ParallelPath(chapter.SitePath)));
}

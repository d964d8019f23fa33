using ReportSite.Data;
using ReportSite.Linking;
using ReportSite.Markdown;

namespace ReportSite.Templating.Views;

/// <summary>
/// Builds the view model of every kind of output page from the linked site: what each layout
/// shows, with every URL final and every text in the page's language.
/// </summary>
internal sealed partial class PageViewFactory(LinkedSite site, SiteData data, Theme theme, HtmlBodyRenderer bodies)
{
    private readonly UrlBuilder _urls = site.Urls;

    public PageView Home(string language)
    {
        var path = UrlBuilder.HomePath(language);
        return Base("home", language, SiteTitle(language), path) with
        {
            DocumentTitle = SiteTitle(language),
            Alternates = Alternates(site.Languages.ToDictionary(l => l, UrlBuilder.HomePath), xDefault: ""),
            Languages = LanguageLinks(language, l => (UrlBuilder.HomePath(l), true)),
            Reports = site.Reports.Select(r => ReportOf(r, language, null)).ToList(),
            ReportGroups = ReportGroups(language),
            ImageUrl = site.Reports.Select(CoverUrl).FirstOrDefault(url => url is not null),
        };
    }

    /// <summary>A report's index; <paramref name="pdfBytes"/> is the size of its PDF in the language when one was printed.</summary>
    public PageView ReportIndex(Report report, string language, long? pdfBytes = null)
    {
        var view = ReportOf(report, language, null);
        if (pdfBytes is { } bytes) view = view with { Pdf = new PdfLinkView(_urls.Href(UrlBuilder.PdfPath(language, report.Id)), PdfLinkView.FormatSize(bytes)) };
        var path = UrlBuilder.ReportPath(language, report.Id);
        return Base("report", language, view.Title, path) with
        {
            Description = NonEmpty(view.Summary, SiteDescription(language)),
            Alternates = Alternates(site.Languages.ToDictionary(l => l, l => UrlBuilder.ReportPath(l, report.Id))),
            Breadcrumbs = [Crumb(language, "home", UrlBuilder.HomePath(language)), new LinkView(view.Title, view.Url, true)],
            Languages = LanguageLinks(language, l => (UrlBuilder.ReportPath(l, report.Id), true)),
            Report = view,
            Editions = ReportEditions(report, language),
            ImageUrl = CoverUrl(report),
            JsonLd = StructuredData.Report(view, theme.I18n[language].HtmlLang, _urls.Absolute(UrlBuilder.ReportPath(language, report.Id)), CoverUrl(report),
                report.Config.Released?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                site.Languages.Where(l => l != language).Select(l => (theme.I18n[l].HtmlLang, _urls.Absolute(UrlBuilder.ReportPath(l, report.Id)))),
                href => _urls.Origin + href, site.SeriesOf(report)?.Title.Get(language, site.Config.DefaultLanguage)),
        };
    }

    /// <summary>A chapter's page; <paramref name="html"/> is its body already rendered (shown side by side too), else null.</summary>
    public PageView Chapter(ContentPage chapter, Markdown.PageBody body, string? html = null)
    {
        var language = chapter.Language;
        var report = site.Report(chapter.ReportId!);
        var reportView = ReportOf(report, language, chapter);
        var index = -1;
        for (var i = 0; i < reportView.Chapters.Count && index < 0; i++) if (reportView.Chapters[i].Current) index = i;
        var article = Article(chapter, body, html);
        var view = Base("chapter", language, chapter.Title, chapter.SitePath) with
        {
            Description = NonEmpty(article.Summary, reportView.Summary, SiteDescription(language)),
            Alternates = Alternates(Versions(chapter)),
            Breadcrumbs =
            [
                Crumb(language, "home", UrlBuilder.HomePath(language)),
                new LinkView(reportView.Title, reportView.Url),
                new LinkView(chapter.Title, _urls.Href(chapter.SitePath), true),
            ],
            Languages = LanguageLinks(language, l => site.Translation(chapter, l) is { } t
                ? (t.SitePath, true)
                : (UrlBuilder.ReportPath(l, report.Id), false), chapter),
            Chapter = new ChapterView(
                chapter.Number, article, reportView,
                index > 0 ? reportView.Chapters[index - 1] : null,
                index >= 0 && index < reportView.Chapters.Count - 1 ? reportView.Chapters[index + 1] : null,
                index >= 0 ? reportView.Chapters[index].ParallelUrl : null),
            Editions = ChapterEditions(chapter),
            OgType = "article",
            ImageUrl = CoverUrl(report),
            LastModified = article.UpdatedIso,
        };
        var translations = site.Languages.Where(l => l != language).Select(l => site.Translation(chapter, l)).OfType<ContentPage>()
            .Select(t => (theme.I18n[t.Language].HtmlLang, _urls.Absolute(t.SitePath)));
        return view with
        {
            JsonLd = StructuredData.Chapter(view.Chapter!, view.HtmlLang, view.CanonicalUrl, _urls.Absolute(UrlBuilder.ReportPath(language, report.Id)), translations),
        };
    }

    public PageView Page(ContentPage page, Markdown.PageBody body)
    {
        var language = page.Language;
        var article = Article(page, body);
        return Base("page", language, page.Title, page.SitePath) with
        {
            Description = NonEmpty(article.Summary, SiteDescription(language)),
            Alternates = Alternates(Versions(page)),
            Breadcrumbs = [Crumb(language, "home", UrlBuilder.HomePath(language)), new LinkView(page.Title, _urls.Href(page.SitePath), true)],
            Languages = LanguageLinks(language, l => site.Translation(page, l) is { } t ? (t.SitePath, true) : (UrlBuilder.HomePath(l), false), page),
            Article = article,
            OgType = "article",
            LastModified = article.UpdatedIso,
        };
    }

    private PageView Base(string kind, string language, string title, string sitePath)
    {
        var text = Strings(language);
        return new PageView
        {
            Kind = kind,
            Language = language,
            HtmlLang = theme.I18n[language].HtmlLang,
            Title = title,
            DocumentTitle = TitleOf(title, SiteTitle(language)),
            Description = SiteDescription(language),
            Url = _urls.Href(sitePath),
            CanonicalUrl = _urls.Absolute(sitePath),
            OgLocale = text["og_locale"],
            OgLocaleAlternates = site.Languages.Where(l => l != language).Select(l => Strings(l)["og_locale"]).ToList(),
            FeedUrl = _urls.Href(UrlBuilder.FeedPath(language)),
            Site = SiteOf(language, sitePath),
        };
    }

    /// <summary>
    /// The site as a page shows it: the same on every page of a language but the menu's current
    /// item, so made once per language for the pages that are not in the menu (chapters, reports).
    /// </summary>
    private SiteView SiteOf(string language, string sitePath)
    {
        var shared = _sites.GetOrAdd(language, l => NewSiteView(l, null));
        var url = _urls.Href(sitePath);
        return shared.Menu.Any(item => item.Url == url) ? NewSiteView(language, sitePath) : shared;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SiteView> _sites = new(StringComparer.Ordinal);

    private SiteView NewSiteView(string language, string? sitePath) => new(
        SiteTitle(language),
        SiteDescription(language),
        site.Config.Footer.Get(language, site.Config.DefaultLanguage),
        _urls.Href(UrlBuilder.HomePath(language)),
        _urls.Href(""),
        Menu(language, sitePath),
        Asset("assets/css/site.css"),
        Asset("assets/css/print.css"),
        Asset("assets/js/site.js"),
        Asset("assets/icon.svg"),
        _urls.Href(UrlBuilder.SearchPath(language)),
        [Asset("assets/js/search-engine.js"), Asset("assets/js/search-ui.js")]);

    /// <summary>Home, the standalone pages, and the glossary when there is one.</summary>
    private List<LinkView> Menu(string language, string? sitePath)
    {
        var menu = new List<LinkView> { new(Strings(language)["home"], _urls.Href(UrlBuilder.HomePath(language)), sitePath == UrlBuilder.HomePath(language)) };
        menu.AddRange(site.Pages(language).Select(p => new LinkView(p.Title, _urls.Href(p.SitePath), p.SitePath == sitePath)));
        if (data.Glossary is not null)
            menu.Add(new LinkView(data.Glossary.Title.Get(language), _urls.Href(UrlBuilder.GlossaryPath(language)), sitePath == UrlBuilder.GlossaryPath(language)));
        return menu;
    }

    /// <summary>
    /// A report as its pages show it, with <paramref name="current"/> marked in its chapter list. Built
    /// once per report and language (every chapter page shows the same list) and copied per page.
    /// </summary>
    private ReportView ReportOf(Report report, string language, ContentPage? current)
    {
        var view = _reports.GetOrAdd((report.Id, language), _ => NewReportView(report, language));
        if (current is null) return view;
        var currentUrl = _urls.Href(current.SitePath);
        var chapters = new List<ChapterLinkView>(view.Chapters.Count);
        foreach (var chapter in view.Chapters)
            chapters.Add(chapter.Url == currentUrl ? chapter with { Current = true } : chapter);
        return view with { Chapters = chapters };
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Report, string Language), ReportView> _reports = new();

    private ReportView NewReportView(Report report, string language)
    {
        var config = report.Config;
        var fallback = site.Config.DefaultLanguage;
        return new ReportView(
            report.Id,
            config.Title.Get(language, fallback),
            _urls.Href(UrlBuilder.ReportPath(language, report.Id)),
            config.Summary.Get(language, fallback),
            config.Publisher.Get(language, fallback),
            config.Year,
            Strings(language).Date(config.Released),
            config.Cover is null ? null : _urls.Href(config.Cover),
            report.Chapters(language).Count,
            report.Chapters(language).Select(ChapterLink).ToList(),
            HasFigures(report, language) ? _urls.Href(UrlBuilder.FiguresPath(language, report.Id)) : null,
            PrintEdition.PrintEditions.Shown(theme) && report.Chapters(language).Count > 0 ? _urls.Href(UrlBuilder.PrintPath(language, report.Id)) : null);
    }

    private ArticleView Article(ContentPage page, Markdown.PageBody body, string? html = null)
    {
        var document = page.Document;
        var frontMatter = document.Source.FrontMatter;
        var updated = page.LastChanged ?? frontMatter.Date;
        return new ArticleView(
            page.Title,
            frontMatter.Summary ?? "",
            new HtmlFragment(output => { if (html is null) bodies.RenderInto(body, output); else output.Append(html); }),
            TocBuilder.Build(document.Outline, Markdown.SectionAnchors.HeadingLabel.Of(body.Ast)),
            frontMatter.Authors,
            frontMatter.Keywords,
            Strings(page.Language).Date(frontMatter.Date),
            frontMatter.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            document.Length.ReadingMinutes,
            site.OutdatedTranslations.TryGetValue(document.Source.Path, out var original)
                ? new OutdatedNoticeView(theme.I18n[original.Language].LanguageName, theme.I18n[original.Language].HtmlLang, _urls.Href(original.SitePath))
                : null,
            document.TitleAnchor ?? "",
            Strings(page.Language).Date(updated),
            updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            site.EditLinks?.For(document.Source.Path));
    }

    private Dictionary<string, string> Versions(ContentPage page) =>
        site.Languages.Select(l => site.Translation(page, l)).OfType<ContentPage>().ToDictionary(p => p.Language, p => p.SitePath);

    /// <summary>hreflang links for every version, plus x-default: the default language's version, else <paramref name="xDefault"/>.</summary>
    private List<AlternateView> Alternates(IReadOnlyDictionary<string, string> sitePathByLanguage, string? xDefault = null)
    {
        var alternates = site.Languages
            .Where(sitePathByLanguage.ContainsKey)
            .Select(l => new AlternateView(theme.I18n[l].HtmlLang, _urls.Absolute(sitePathByLanguage[l])))
            .ToList();
        var fallback = xDefault ?? sitePathByLanguage.GetValueOrDefault(site.Config.DefaultLanguage) ?? sitePathByLanguage.Values.FirstOrDefault();
        if (fallback is not null) alternates.Add(new AlternateView("x-default", _urls.Absolute(fallback)));
        return alternates;
    }

    /// <summary>
    /// The language switcher. For a chapter or page (<paramref name="content"/>), each translation's
    /// link also says where this page's sections land there when the headings differ.
    /// </summary>
    private List<LanguageLinkView> LanguageLinks(string current, Func<string, (string SitePath, bool Available)> target, ContentPage? content = null) =>
        site.Languages.Select(l =>
        {
            var (path, available) = l == current ? (string.Empty, true) : target(l);
            var table = theme.I18n[l];
            var sections = l != current && content is not null && site.Translation(content, l) is { } translation
                ? SectionCorrespondence.Format(SectionCorrespondence.Map(content.Document.Outline, translation.Document.Outline))
                : "";
            return new LanguageLinkView(l, table.LanguageName, table.HtmlLang, l == current ? "" : _urls.Href(path), available, l == current, sections);
        }).ToList();

    private List<LanguageHomeView> LanguageHomes() =>
        site.Languages.Select(l => new LanguageHomeView(
            l, theme.I18n[l].HtmlLang, theme.I18n[l].LanguageName, SiteTitle(l), SiteDescription(l),
            _urls.Href(UrlBuilder.HomePath(l)), theme.I18n[l].Strings)).ToList();

    /// <summary>Longest useful titles get cut by search engines (and flagged by linters) past 70 characters.</summary>
    public const int MaxDocumentTitle = 70;

    /// <summary>"Page | Report | Site": the page's own title first, then as much context as fits in <see cref="MaxDocumentTitle"/>.</summary>
    public static string TitleOf(string title, params string[] context)
    {
        var result = title;
        foreach (var part in context)
        {
            var longer = $"{result} | {part}";
            if (longer.Length > MaxDocumentTitle) break;
            result = longer;
        }
        return result;
    }

    /// <summary>The report's cover as an absolute URL (for link previews and structured data), if it has one.</summary>
    private string? CoverUrl(Report report) => report.Config.Cover is { } cover ? _urls.Absolute(cover) : null;

    private AssetView Asset(string path)
    {
        var asset = theme.Asset(path);
        return new AssetView(_urls.Href(asset.SitePath), asset.Integrity);
    }

    private LinkView Crumb(string language, string key, string sitePath) => new(Strings(language)[key], _urls.Href(sitePath));

    private ViewText Strings(string language) => _strings.GetOrAdd(language, l => new ViewText(theme.I18n[l]));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ViewText> _strings = new(StringComparer.Ordinal);

    private string SiteTitle(string language) => site.Config.Title.Get(language, site.Config.DefaultLanguage);

    private string SiteDescription(string language) => site.Config.Description.Get(language, site.Config.DefaultLanguage);

    private static string NonEmpty(params string[] candidates) => candidates.FirstOrDefault(c => c.Length > 0) ?? "";
}

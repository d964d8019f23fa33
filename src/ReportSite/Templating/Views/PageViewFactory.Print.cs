using ReportSite.Linking;
using ReportSite.PrintEdition;

namespace ReportSite.Templating.Views;

internal sealed partial class PageViewFactory
{
    /// <summary>
    /// The print edition of <paramref name="report"/> in <paramref name="language"/>: every chapter in
    /// order, each body (<paramref name="htmlOf"/>, as its page shows it) with the edition's ids and
    /// links. Not indexed, its canonical the report's index: it only repeats the chapters' pages.
    /// </summary>
    public PageView Print(Report report, string language, Func<ContentPage, string> htmlOf)
    {
        var reportView = ReportOf(report, language, null);
        var chapters = report.Chapters(language);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < chapters.Count; i++) ids[_urls.Href(chapters[i].SitePath)] = PrintEditions.ChapterId(i + 1);
        var views = new List<PrintChapterView>(chapters.Count);
        for (var i = 0; i < chapters.Count; i++)
        {
            var chapter = chapters[i];
            var id = PrintEditions.ChapterId(i + 1);
            var html = PrintChapterBody.Rewrite(htmlOf(chapter), id, ids);
            var titleAnchor = chapter.Document.TitleAnchor is { Length: > 0 } anchor ? anchor : "title";
            views.Add(new PrintChapterView(chapter.Number, id, $"{id}-{titleAnchor}", chapter.Title,
                chapter.Document.Source.FrontMatter.Summary ?? "", new HtmlFragment(o => o.Append(html))));
        }
        var label = Strings(language)["print_edition"];
        var path = UrlBuilder.PrintPath(language, report.Id);
        return Base("print", language, reportView.Title, path) with
        {
            // "Title · 印刷版" when it fits the title's limit, else the report's title alone (as its index has).
            DocumentTitle = $"{reportView.Title} · {label}" is var titled && titled.Length <= MaxDocumentTitle
                ? TitleOf(titled, SiteTitle(language))
                : TitleOf(reportView.Title, SiteTitle(language)),
            Description = NonEmpty(reportView.Summary, SiteDescription(language)),
            CanonicalUrl = _urls.Absolute(UrlBuilder.ReportPath(language, report.Id)),
            NoIndex = true,
            Breadcrumbs =
            [
                Crumb(language, "home", UrlBuilder.HomePath(language)),
                new LinkView(reportView.Title, reportView.Url),
                new LinkView(label, _urls.Href(path), true),
            ],
            Languages = LanguageLinks(language, l => report.Chapters(l).Count > 0
                ? (UrlBuilder.PrintPath(l, report.Id), true)
                : (UrlBuilder.ReportPath(l, report.Id), false)),
            Print = new PrintView(reportView, views, _urls.Href(UrlBuilder.RunningHeaderPath(language, report.Id))),
            ImageUrl = CoverUrl(report),
        };
    }
}

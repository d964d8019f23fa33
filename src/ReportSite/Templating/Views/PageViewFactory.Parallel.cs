using ReportSite.Linking;
using ReportSite.SideBySide;

namespace ReportSite.Templating.Views;

internal sealed partial class PageViewFactory
{
    /// <summary>
    /// The side-by-side view of <paramref name="chapter"/> and <paramref name="partner"/>, in
    /// <paramref name="chapter"/>'s language: not indexed, its canonical the chapter's page, since it
    /// only repeats two pages that are.
    /// </summary>
    public PageView Parallel(ContentPage chapter, ContentPage partner, BodySections mine, BodySections theirs)
    {
        var language = chapter.Language;
        var report = site.Report(chapter.ReportId!);
        var reportView = ReportOf(report, language, null);
        var (left, right) = ParallelPairs.Columns(site, chapter, partner);
        var (leftSections, rightSections) = left == chapter ? (mine, theirs) : (theirs, mine);
        var text = Strings(language);
        var label = text["parallel_view"];
        return Base("parallel", language, chapter.Title, UrlBuilder.ParallelPath(chapter.SitePath)) with
        {
            DocumentTitle = TitleOf($"{chapter.Title} · {label}", reportView.Title, SiteTitle(language)),
            Description = NonEmpty(chapter.Document.Source.FrontMatter.Summary ?? "", reportView.Summary, SiteDescription(language)),
            CanonicalUrl = _urls.Absolute(chapter.SitePath),
            NoIndex = true,
            Breadcrumbs =
            [
                Crumb(language, "home", UrlBuilder.HomePath(language)),
                new LinkView(reportView.Title, reportView.Url),
                new LinkView(chapter.Title, _urls.Href(chapter.SitePath)),
                new LinkView(label, _urls.Href(UrlBuilder.ParallelPath(chapter.SitePath)), true),
            ],
            Languages = LanguageLinks(language, l => site.Translation(chapter, l) is { } t && ParallelPairs.Partner(site, t) is not null
                ? (UrlBuilder.ParallelPath(t.SitePath), true)
                : (UrlBuilder.ReportPath(l, report.Id), false)),
            Parallel = new ParallelView(
                chapter.Number, reportView, _urls.Href(chapter.SitePath),
                [Column(left), Column(right)],
                Rows(leftSections, rightSections, text["parallel_missing"])),
            ImageUrl = CoverUrl(report),
        };
    }

    private ParallelColumnView Column(ContentPage version) =>
        new(theme.I18n[version.Language].LanguageName, theme.I18n[version.Language].HtmlLang, version.Title, _urls.Href(version.SitePath));

    /// <summary>The intro row (when either version has text before its first heading), a row per section, and the footnotes row.</summary>
    private List<ParallelRowView> Rows(BodySections left, BodySections right, string missing)
    {
        var (leftLang, rightLang) = (theme.I18n[left.Language].HtmlLang, theme.I18n[right.Language].HtmlLang);
        ParallelCellView Cell(string lang, string? html) => new(lang, html is null ? null : new HtmlFragment(o => o.Append(html)), missing);
        var rows = new List<ParallelRowView>();
        if (!string.IsNullOrWhiteSpace(left.Intro) || !string.IsNullOrWhiteSpace(right.Intro))
            rows.Add(new("intro", "", [Cell(leftLang, left.Intro), Cell(rightLang, right.Intro)]));
        foreach (var (l, r) in SectionRows.Align(left.Sections.Select(s => s.Heading).ToList(), right.Sections.Select(s => s.Heading).ToList()))
        {
            var id = l is { } i ? left.Sections[i].Heading.Anchor.Id : right.Sections[r!.Value].Heading.Anchor.Id;
            rows.Add(new("section", id, [Cell(leftLang, l is { } a ? left.Sections[a].Html : null), Cell(rightLang, r is { } b ? right.Sections[b].Html : null)]));
        }
        if (left.Notes.Length > 0 || right.Notes.Length > 0)
            rows.Add(new("notes", "", [Cell(leftLang, left.Notes), Cell(rightLang, right.Notes)]));
        return rows;
    }
}

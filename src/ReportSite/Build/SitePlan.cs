using ReportSite.Content;
using ReportSite.Data;
using ReportSite.Linking;

namespace ReportSite.Build;

/// <summary>
/// The pages of a site, in the order they are rendered and listed (sitemap), and which pages show
/// something of which chapter or page: what a full build renders, and what the preview's fast path
/// renders again after an edit.
/// </summary>
internal sealed class SitePlan
{
    private SitePlan(IReadOnlyList<PlannedPage> pages) => Pages = pages;

    public IReadOnlyList<PlannedPage> Pages { get; }

    /// <summary>
    /// Every page of <paramref name="site"/>; chapters' side-by-side views when <paramref name="sideBySide"/>,
    /// reports' print editions when <paramref name="printEditions"/> (the theme has their layouts).
    /// </summary>
    public static SitePlan For(LinkedSite site, SiteData data, bool sideBySide, bool printEditions)
    {
        var pages = new List<PlannedPage>
        {
            new("", null, PlannedView.Root),
            new(UrlBuilder.NotFoundPath, null, PlannedView.NotFound),
        };
        foreach (var language in site.Languages)
        {
            pages.Add(new(UrlBuilder.HomePath(language), language, PlannedView.Home));
            foreach (var report in site.Reports)
            {
                pages.Add(new(UrlBuilder.ReportPath(language, report.Id), language, PlannedView.ReportIndex, report));
                if (report.Chapters(language).Any(c => data.Figures.ContainsKey(c.Document.Source.Path)))
                    pages.Add(new(UrlBuilder.FiguresPath(language, report.Id), language, PlannedView.Figures, report));
            }
            if (data.Glossary is not null)
                pages.Add(new(UrlBuilder.GlossaryPath(language), language, PlannedView.Glossary));
            pages.Add(new(UrlBuilder.SearchPath(language), language, PlannedView.Search));
        }
        foreach (var page in site.Content)
            pages.Add(new(page.SitePath, page.Language, page.Kind == ContentKind.Chapter ? PlannedView.Chapter : PlannedView.Page, Content: page));
        // After every content page: their order (and the sitemap's) stays as it was; these are not listed there.
        foreach (var chapter in sideBySide ? site.Content : [])
            if (SideBySide.ParallelPairs.Partner(site, chapter) is { } partner)
                pages.Add(new(UrlBuilder.ParallelPath(chapter.SitePath), chapter.Language, PlannedView.Parallel, SideBySide: (chapter, partner)));
        // Last: an edition shows every chapter of its report, rendered before it in the same unit (RenderUnits).
        foreach (var language in printEditions ? site.Languages : [])
            foreach (var report in site.Reports.Where(r => r.Chapters(language).Count > 0))
                pages.Add(new(UrlBuilder.PrintPath(language, report.Id), language, PlannedView.Print, report));
        return new SitePlan(pages);
    }

    /// <summary>The chapters and pages whose bodies <paramref name="pages"/> show: their own, and every chapter of a print edition's report and language.</summary>
    public static IReadOnlyList<ContentPage> ContentShown(IEnumerable<PlannedPage> pages) =>
        pages.SelectMany(p => p.View == PlannedView.Print ? p.Report!.Chapters(p.Language!) : p.Content is { } content ? [content] : [])
            .Distinct().ToList();

    /// <summary>Whether both plans have the same pages at the same site paths (an edit that adds or removes a page needs a full build).</summary>
    public bool SamePagesAs(SitePlan other) =>
        Pages.Select(p => p.SitePath).SequenceEqual(other.Pages.Select(p => p.SitePath), StringComparer.Ordinal);

    /// <summary>
    /// The pages (of this plan, made for <paramref name="after"/>) that show something of the chapters
    /// and pages at <paramref name="changed"/> (source paths), or null when every page does: the page
    /// itself; its translations (their section map and language links read its outline and title) and
    /// the side-by-side views of them all;
    /// a chapter's report index (title, summary, reading time), list of figures and print edition (which
    /// shows every chapter of its report and language: see <see cref="ContentShown"/>); when a chapter's
    /// title changed, the chapters of its report and language (sidebar, previous/next); when a
    /// standalone page's title changed, every page (the menu); and every translation that became,
    /// or stopped being, outdated (its notice).
    /// </summary>
    public IReadOnlyList<PlannedPage>? Showing(LinkedSite before, LinkedSite after, IEnumerable<string> changed)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var old = before.Content.ToDictionary(p => p.Document.Source.Path, StringComparer.Ordinal);
        var current = after.Content.ToDictionary(p => p.Document.Source.Path, StringComparer.Ordinal);
        foreach (var source in changed)
        {
            var page = current[source];
            var titleChanged = old[source].Title != page.Title;
            if (page.Kind != ContentKind.Chapter && titleChanged) return null;
            paths.Add(page.SitePath);
            paths.UnionWith(after.TranslationGroups[page.TranslationGroup].Values.Select(t => t.SitePath));
            paths.UnionWith(after.TranslationGroups[page.TranslationGroup].Values.Select(t => UrlBuilder.ParallelPath(t.SitePath)));
            if (page.Kind != ContentKind.Chapter) continue;
            paths.Add(UrlBuilder.ReportPath(page.Language, page.ReportId!));
            paths.Add(UrlBuilder.FiguresPath(page.Language, page.ReportId!));
            paths.Add(UrlBuilder.PrintPath(page.Language, page.ReportId!));
            if (titleChanged) paths.UnionWith(after.Report(page.ReportId!).Chapters(page.Language).Select(c => c.SitePath));
        }
        var outdated = before.OutdatedTranslations.Keys.ToHashSet(StringComparer.Ordinal);
        outdated.SymmetricExceptWith(after.OutdatedTranslations.Keys);
        paths.UnionWith(outdated.Select(source => current[source].SitePath));
        return Pages.Where(p => paths.Contains(p.SitePath)).ToList();
    }
}

using ReportSite.Linking;
using ReportSite.Markdown;
using ReportSite.Templating.Views;

namespace ReportSite.Build;

/// <summary>Which kind of page a <see cref="PlannedPage"/> is (which view shows it).</summary>
internal enum PlannedView { Root, NotFound, Home, ReportIndex, Figures, Glossary, Search, Chapter, Page, Parallel, Print }

/// <summary>One page of the site to render: where it goes, its language, its view and what it shows.</summary>
/// <param name="SitePath">Where it is published, e.g. <c>zh/wid/economy/</c>.</param>
/// <param name="Language">Its language, or null for pages of every language (root, 404).</param>
/// <param name="View">Which view renders it.</param>
/// <param name="Report">The report, for a report's index, list of figures and print edition.</param>
/// <param name="Content">The chapter or standalone page, for those (its body is rendered).</param>
/// <param name="SideBySide">For a side-by-side view: the chapter (in <see cref="Language"/>) and the version beside it.</param>
/// <param name="PdfBytes">For a report's index rendered after <c>build --pdf</c> printed its PDF: the PDF's size.</param>
internal sealed record PlannedPage(string SitePath, string? Language, PlannedView View, Report? Report = null, ContentPage? Content = null,
    (ContentPage Chapter, ContentPage Partner)? SideBySide = null, long? PdfBytes = null)
{
    /// <summary>
    /// The page's view; <paramref name="body"/> is the body of <see cref="Content"/> (null for other
    /// pages); <paramref name="shared"/> holds the rendered bodies of a chapter with a side-by-side view.
    /// </summary>
    public PageView ViewWith(PageViewFactory views, PageBody? body, SharedBodies shared) => View switch
    {
        PlannedView.Root => views.Root(),
        PlannedView.NotFound => views.NotFound(),
        PlannedView.Home => views.Home(Language!),
        PlannedView.ReportIndex => views.ReportIndex(Report!, Language!, PdfBytes),
        PlannedView.Figures => views.Figures(Report!, Language!),
        PlannedView.Glossary => views.Glossary(Language!),
        PlannedView.Search => views.Search(Language!),
        PlannedView.Chapter => views.Chapter(Content!, body!, shared.HtmlOf(Content!)),
        PlannedView.Parallel => views.Parallel(SideBySide!.Value.Chapter, SideBySide.Value.Partner,
            shared.SectionsOf(SideBySide.Value.Chapter), shared.SectionsOf(SideBySide.Value.Partner)),
        PlannedView.Page => views.Page(Content!, body!),
        PlannedView.Print => views.Print(Report!, Language!, shared.PrintedHtmlOf),
        _ => throw new ArgumentOutOfRangeException(nameof(View), View, null),
    };
}

using ReportSite.Linking;
using ReportSite.Markdown;
using ReportSite.SideBySide;

namespace ReportSite.Build;

/// <summary>
/// The rendered bodies of one render unit (<see cref="RenderUnits"/>): a chapter with a side-by-side
/// view or in a print edition is rendered once, to a string its own page writes, its sections cut from
/// it for both languages' side-by-side views and the print edition shows whole, and dropped with the
/// unit. A unit without such a page keeps nothing.
/// </summary>
internal sealed class SharedBodies(HtmlBodyRenderer renderer, Func<ContentPage, PageBody> takeBody, bool keep)
{
    private readonly Dictionary<ContentPage, (string Html, BodySections Sections)> _rendered = new(ReferenceEqualityComparer.Instance);

    /// <summary>Renders and keeps <paramref name="body"/> when this unit shows it side by side.</summary>
    public void Add(ContentPage page, PageBody body)
    {
        if (!keep || page.Kind != Content.ContentKind.Chapter) return;
        var html = renderer.Render(body);
        _rendered[page] = (html, BodySections.Split(html, body, page.Language));
    }

    /// <summary>The body of <paramref name="page"/> as rendered here, or null when its page renders it itself.</summary>
    public string? HtmlOf(ContentPage page) => _rendered.TryGetValue(page, out var found) ? found.Html : null;

    /// <summary>The body of <paramref name="chapter"/> for its print edition; rendered here when its own page is not in this run.</summary>
    public string PrintedHtmlOf(ContentPage chapter)
    {
        if (!_rendered.ContainsKey(chapter)) Add(chapter, takeBody(chapter));
        return _rendered[chapter].Html;
    }

    /// <summary>
    /// The sections of <paramref name="chapter"/>'s body; a chapter whose own page is not in this run
    /// (the preview re-rendering a few pages) has its body taken and rendered here.
    /// </summary>
    public BodySections SectionsOf(ContentPage chapter)
    {
        if (!_rendered.ContainsKey(chapter)) Add(chapter, takeBody(chapter));
        return _rendered[chapter].Sections;
    }
}

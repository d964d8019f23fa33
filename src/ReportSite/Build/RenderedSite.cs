using ReportSite.Linking;
using ReportSite.Output;
using ReportSite.Search;

namespace ReportSite.Build;

/// <summary>The Render+Index step's result: the pages rendered (in plan order), and each chapter's and page's search sections.</summary>
internal sealed record RenderedSite(IReadOnlyList<RenderedPage> Pages, IReadOnlyDictionary<ContentPage, IReadOnlyList<SearchSection>> Sections)
{
    public IReadOnlyList<SearchSection> SectionsOf(ContentPage page) => Sections.GetValueOrDefault(page) ?? [];
}

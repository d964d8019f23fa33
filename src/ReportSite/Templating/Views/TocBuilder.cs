using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Templating.Views;

/// <summary>Builds a two-level table of contents from a document's heading outline.</summary>
internal static class TocBuilder
{
    public static IReadOnlyList<TocEntryView> Build(IReadOnlyList<SectionHeading> outline)
    {
        if (outline.Count == 0) return [];
        var top = outline.Min(h => h.Level);
        var entries = new List<(SectionHeading Heading, List<TocEntryView> Children)>();
        foreach (var heading in outline)
        {
            if (heading.Level == top) entries.Add((heading, []));
            else if (heading.Level == top + 1 && entries.Count > 0)
                entries[^1].Children.Add(new TocEntryView(heading.Anchor.Id, heading.Text, []));
        }
        return entries.Select(e => new TocEntryView(e.Heading.Anchor.Id, e.Heading.Text, e.Children)).ToList();
    }
}

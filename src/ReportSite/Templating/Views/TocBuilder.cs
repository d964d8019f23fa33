using System.Net;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Templating.Views;

/// <summary>Builds a two-level table of contents from a document's heading outline.</summary>
internal static class TocBuilder
{
    /// <param name="outline">The page's headings.</param>
    /// <param name="labels">The HTML each heading shows (<see cref="HeadingLabel"/>), by section id; a heading without one shows its text.</param>
    public static IReadOnlyList<TocEntryView> Build(IReadOnlyList<SectionHeading> outline, IReadOnlyDictionary<string, string> labels)
    {
        if (outline.Count == 0) return [];
        var top = outline.Min(h => h.Level);
        var entries = new List<(SectionHeading Heading, List<TocEntryView> Children)>();
        foreach (var heading in outline)
        {
            if (heading.Level == top) entries.Add((heading, []));
            else if (heading.Level == top + 1 && entries.Count > 0)
                entries[^1].Children.Add(Entry(heading, labels, []));
        }
        return entries.Select(e => Entry(e.Heading, labels, e.Children)).ToList();
    }

    private static TocEntryView Entry(SectionHeading heading, IReadOnlyDictionary<string, string> labels, IReadOnlyList<TocEntryView> children) =>
        new(heading.Anchor.Id, heading.Text, labels.GetValueOrDefault(heading.Anchor.Id) ?? WebUtility.HtmlEncode(heading.Text), children);
}

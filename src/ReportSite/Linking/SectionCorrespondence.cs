using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Linking;

/// <summary>
/// Where the language switcher should land in another language version for each section of a page,
/// when the two versions' headings differ (when they match, every numbered id is the same on both
/// sides and no map is needed). A section goes to the heading with the same <c>{#id}</c> or text slug
/// on the other side; else it keeps its numbered id while the two outlines still agree; else it goes
/// where its parent section goes, else to the top of the page.
/// </summary>
internal static class SectionCorrespondence
{
    /// <summary>
    /// The sections of <paramref name="from"/> whose place in <paramref name="to"/> is not their own
    /// numbered id, as pairs of numbered ids; an empty target means the top of the page. Empty when
    /// the outlines have the same structure.
    /// </summary>
    public static IReadOnlyList<(string From, string To)> Map(IReadOnlyList<SectionHeading> from, IReadOnlyList<SectionHeading> to)
    {
        var agreeUntil = HeadingStructure.FirstDifference(from, to);
        if (agreeUntil < 0) return [];
        var byAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var heading in to)
            if (heading.Anchor.Alias is { } alias) byAlias.TryAdd(alias, heading.Anchor.Id);

        var targets = new string[from.Count];
        var map = new List<(string, string)>();
        for (var i = 0; i < from.Count; i++)
        {
            var heading = from[i];
            // A shared {#id} or slug names the very section, even where a heading was added before it.
            targets[i] = heading.Anchor.Alias is { } alias && byAlias.TryGetValue(alias, out var same) ? same
                : i < agreeUntil ? heading.Anchor.Id
                : Parent(from, i) is var parent and >= 0 ? targets[parent]
                : "";
            if (targets[i] != heading.Anchor.Id) map.Add((heading.Anchor.Id, targets[i]));
        }
        return map;
    }

    /// <summary>The map as the switcher's <c>data-section-map</c> attribute reads it: <c>sec-3:sec-2 sec-4:</c>.</summary>
    public static string Format(IReadOnlyList<(string From, string To)> map) =>
        string.Join(' ', map.Select(pair => pair.From + ":" + pair.To));

    /// <summary>The index of the nearest heading before <paramref name="index"/> of a higher level, or -1.</summary>
    private static int Parent(IReadOnlyList<SectionHeading> outline, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (outline[i].Level < outline[index].Level) return i;
        return -1;
    }
}

using ReportSite.Linking;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.SideBySide;

/// <summary>
/// Sets the sections of two language versions side by side, as the language switcher matches them
/// (<see cref="SectionCorrespondence"/>): a section pairs with the other side's section of the same
/// <c>{#id}</c> or slug; else, while the heading levels agree (<see cref="HeadingStructure.FirstDifference"/>,
/// the check that warns RS0504), with the one at its position, so of its numbered id; past the first
/// difference with the one of the same numbered id; else it stands alone in its row. Pairs keep both
/// versions' order; nothing is left out.
/// </summary>
internal static class SectionRows
{
    /// <summary>The rows, each the index of the left and of the right section, or null where a side has none.</summary>
    public static IReadOnlyList<(int? Left, int? Right)> Align(IReadOnlyList<SectionHeading> left, IReadOnlyList<SectionHeading> right)
    {
        var partner = Partners(left, right);
        var rows = new List<(int?, int?)>(Math.Max(left.Count, right.Count));
        int l = 0, r = 0;
        while (l < left.Count || r < right.Count)
        {
            if (l < left.Count && partner[l] is { } match)
            {
                if (r < match) rows.Add((null, r++));
                else { rows.Add((l++, match)); r = match + 1; }
            }
            else if (l < left.Count) rows.Add((l++, null));
            else rows.Add((null, r++));
        }
        return rows;
    }

    /// <summary>For each left section, its right partner; the pairs increase on both sides.</summary>
    private static int?[] Partners(IReadOnlyList<SectionHeading> left, IReadOnlyList<SectionHeading> right)
    {
        var agreeUntil = HeadingStructure.FirstDifference(left, right);
        var shared = agreeUntil < 0 ? left.Count : agreeUntil;
        var byAlias = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < right.Count; j++)
        {
            if (right[j].Anchor.Alias is { } alias) byAlias.TryAdd(alias, j);
            byId.TryAdd(right[j].Anchor.Id, j);
        }
        // A shared {#id} or slug names the very section, even where a heading was added before it.
        var named = new int?[left.Count];
        for (var i = 0; i < left.Count; i++)
            if (left[i].Anchor.Alias is { } alias && byAlias.TryGetValue(alias, out var same)) named[i] = same;
        var claimed = named.OfType<int>().ToHashSet();
        var partner = new int?[left.Count];
        var last = -1;
        for (var i = 0; i < left.Count; i++)
        {
            int? found = named[i] ?? (i < shared && !claimed.Contains(i) ? i
                : i >= shared && byId.TryGetValue(left[i].Anchor.Id, out var numbered) && !claimed.Contains(numbered) ? numbered : null);
            // A pair that would cross an earlier one cannot be shown in order: that section stands alone.
            if (found is { } j && j > last) { partner[i] = j; last = j; }
        }
        return partner;
    }
}

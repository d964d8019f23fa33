namespace ReportSite.Build;

/// <summary>
/// The pages of a render that are rendered together, by one worker: a chapter's versions and their
/// side-by-side views form one unit (so each body is rendered once and held only while the unit
/// renders); a report with a print edition is one unit of all its chapters, their side-by-side views
/// and its editions (which show every chapter's body); every other page is a unit of its own. Units
/// keep the plan's order of first pages; a unit's pages keep the plan's order, so an edition comes
/// after the chapters it shows.
/// </summary>
internal static class RenderUnits
{
    /// <summary>The units, as indexes into <paramref name="pages"/>, each in plan order.</summary>
    public static IReadOnlyList<int[]> Of(IReadOnlyList<PlannedPage> pages)
    {
        var shown = pages.Where(p => p.View == PlannedView.Parallel).Select(p => p.SideBySide!.Value.Chapter.TranslationGroup).ToHashSet(StringComparer.Ordinal);
        var printed = pages.Where(p => p.View == PlannedView.Print).Select(p => p.Report!.Id).ToHashSet(StringComparer.Ordinal);
        var units = new List<List<int>>(pages.Count);
        var byGroup = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var group = pages[i] switch
            {
                { View: PlannedView.Print, Report: { } report } => "report:" + report.Id,
                { View: PlannedView.Parallel, SideBySide: { } pair } when printed.Contains(pair.Chapter.ReportId!) => "report:" + pair.Chapter.ReportId,
                { View: PlannedView.Chapter, Content: { } chapter } when printed.Contains(chapter.ReportId!) => "report:" + chapter.ReportId,
                { View: PlannedView.Parallel, SideBySide: { } pair } => "chapter:" + pair.Chapter.TranslationGroup,
                { View: PlannedView.Chapter, Content: { } chapter } when shown.Contains(chapter.TranslationGroup) => "chapter:" + chapter.TranslationGroup,
                _ => null,
            };
            if (group is null) units.Add([i]);
            else if (byGroup.TryGetValue(group, out var unit)) unit.Add(i);
            else units.Add(byGroup[group] = [i]);
        }
        return units.Select(u => u.ToArray()).ToList();
    }

    /// <summary>Whether a unit shows a chapter's body on another page, a side-by-side view or a print edition (its chapters' bodies are then kept while it renders).</summary>
    public static bool KeepsBodies(IReadOnlyList<PlannedPage> pages, int[] unit) => unit.Any(i => pages[i].View is PlannedView.Parallel or PlannedView.Print);
}

using ReportSite.Configuration;
using ReportSite.Diagnostics;

namespace ReportSite.Linking;

/// <summary>Gathers the reports of each series into its editions, newest first, and reports two editions of one year.</summary>
internal static class SeriesGrouping
{
    public static IReadOnlyList<ReportSeries> Group(IReadOnlyList<ReportConfig> reports, SiteConfig site, DiagnosticBag diagnostics)
    {
        var series = new List<ReportSeries>();
        foreach (var editions in reports.Where(r => r.Series is not null).GroupBy(r => r.Series!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = NewestFirst(editions).ToList();
            ReportSameYears(editions.Key, ordered, diagnostics);
            series.Add(new ReportSeries
            {
                Id = editions.Key,
                Title = site.Series.GetValueOrDefault(editions.Key) ?? LocalizedText.Same(editions.Key),
                EditionIds = ordered.Select(r => r.Id).ToList(),
            });
        }
        return series;
    }

    /// <summary>Year, then release date (an edition without one after those with one), then <c>order</c> and id.</summary>
    public static IOrderedEnumerable<ReportConfig> NewestFirst(IEnumerable<ReportConfig> editions) => editions
        .OrderByDescending(r => r.Year ?? int.MinValue)
        .ThenByDescending(r => r.Released ?? DateOnly.MinValue)
        .ThenBy(r => r.Order)
        .ThenBy(r => r.Id, StringComparer.Ordinal);

    /// <summary>Each edition after the first of a year is reported at its <c>year</c>, naming the first by file.</summary>
    private static void ReportSameYears(string seriesId, IEnumerable<ReportConfig> editions, DiagnosticBag diagnostics)
    {
        // Reading order of files (by id), so the report named first is the same in every run.
        foreach (var sameYear in editions.Where(r => r.Year is not null).OrderBy(r => r.Id, StringComparer.Ordinal).GroupBy(r => r.Year))
        {
            var first = sameYear.First();
            foreach (var other in sameYear.Skip(1))
                diagnostics.Error(DiagnosticCodes.DuplicateEditionYear, other.YearLocation,
                    $"This report and '{first.SourceFile}' are both the {other.Year} edition of series '{seriesId}'.",
                    "Give each edition of a series its own year, or take one of them out of the series.");
        }
    }
}

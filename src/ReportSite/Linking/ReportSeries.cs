using ReportSite.Configuration;

namespace ReportSite.Linking;

/// <summary>
/// A series of reports (site.yaml's <c>series</c>, named by each edition's report.yaml): its name
/// per language and its editions' report ids, newest first. Ids, not reports, so the preview's
/// swapped-in reports (<see cref="LinkedSite.WithPages"/>) are looked up fresh.
/// </summary>
public sealed record ReportSeries
{
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }

    /// <summary>Report ids, newest edition first: by year, then release date, then <c>order</c> and id.</summary>
    public required IReadOnlyList<string> EditionIds { get; init; }
}

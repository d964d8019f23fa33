namespace ReportSite.Data.Charts;

/// <summary>One series of values (one per category), with its legend name.</summary>
internal sealed record ChartSeries(string Key, string Name, IReadOnlyList<double?> Values);

namespace ReportSite.Output;

/// <summary>A rendered HTML page: its site path (e.g. <c>zh/wid/economy/</c>), its language if it has one, its HTML.</summary>
public sealed record RenderedPage(string SitePath, string? Language, string Html);

namespace ReportSite.Cli.Serve;

/// <summary>What open pages are told: the build version they should show, and whether the latest build failed.</summary>
public sealed record PreviewState(long Version, bool HasErrors);

namespace ReportSite.Output;

/// <summary>A generated file other than an HTML page (search index, CSV download), by its path under the output folder.</summary>
public sealed record OutputFile(string SitePath, byte[] Content);

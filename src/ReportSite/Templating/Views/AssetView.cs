namespace ReportSite.Templating.Views;

/// <summary>A theme asset as a page references it: fingerprinted URL and Subresource Integrity value.</summary>
internal sealed record AssetView(string Url, string Integrity);

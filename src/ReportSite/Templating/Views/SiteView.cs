namespace ReportSite.Templating.Views;

/// <summary>Site-wide values in the page's language: title, menu, asset URLs.</summary>
internal sealed record SiteView(
    string Title,
    string Description,
    string Footer,
    string HomeUrl,
    string RootUrl,
    IReadOnlyList<LinkView> Menu,
    AssetView Stylesheet,
    AssetView PrintStylesheet,
    AssetView Script,
    AssetView Icon,
    string SearchUrl,
    IReadOnlyList<AssetView> SearchScripts);

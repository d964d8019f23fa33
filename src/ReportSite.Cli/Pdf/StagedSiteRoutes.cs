using Microsoft.Playwright;

namespace ReportSite.Cli.Pdf;

/// <summary>
/// Answers the browser's requests from the staged site folder, as the published site would (a folder's
/// <c>index.html</c>, the base path): the pages use site-absolute URLs, and printing uses no network.
/// Anything outside the site is refused.
/// </summary>
internal sealed class StagedSiteRoutes(string siteFolder, string basePath)
{
    /// <summary>The made-up origin the site is loaded from; nothing is ever sent to it.</summary>
    public const string Origin = "http://reportsite.invalid";

    private readonly string _root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public string UrlOf(string sitePath) => Origin + basePath + sitePath;

    public async Task Answer(IRoute route)
    {
        var file = FileOf(route.Request.Url);
        if (file is null) { await route.AbortAsync("blockedbyclient"); return; }
        if (!File.Exists(file)) { await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" }); return; }
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = Serve.ContentTypes.For(file), BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    /// <summary>The staged file a URL names, or null when the URL is not of the site.</summary>
    public string? FileOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !url.StartsWith(Origin + "/", StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return null;
        var sitePath = path[basePath.Length..];
        if (sitePath.Length == 0 || sitePath.EndsWith('/')) sitePath += "index.html";
        var full = Path.GetFullPath(Path.Combine(_root, sitePath));
        return full.StartsWith(_root, StringComparison.Ordinal) ? full : null;
    }
}

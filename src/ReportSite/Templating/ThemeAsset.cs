using System.Security.Cryptography;

namespace ReportSite.Templating;

/// <summary>
/// A static file of the theme, published under a name that carries its content hash
/// (<c>assets/css/site.3f2a1b9c.css</c>) so it can be cached for ever, with its Subresource
/// Integrity value for <c>integrity="…"</c>.
/// </summary>
/// <param name="Path">Where it is in the theme, e.g. <c>assets/css/site.css</c>.</param>
/// <param name="SitePath">Where it is published.</param>
/// <param name="Integrity">The SRI value, <c>sha384-…</c>.</param>
public sealed record ThemeAsset(string Path, string SitePath, string Integrity)
{
    /// <summary>The file it was read from (in whichever theme folder has it).</summary>
    public string Source { get; init; } = "";

    public static ThemeAsset Of(string path, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var dot = path.LastIndexOf('.');
        var slash = path.LastIndexOf('/');
        var sitePath = dot > slash ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
        return new ThemeAsset(path, sitePath, "sha384-" + Convert.ToBase64String(SHA384.HashData(content)));
    }
}

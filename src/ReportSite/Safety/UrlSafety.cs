using ReportSite.Linking;
namespace ReportSite.Safety;

/// <summary>
/// Which link and image URLs could run script in a reader's browser: <c>javascript:</c> and
/// <c>vbscript:</c> anywhere, <c>data:</c> except images with an image type. Markdig never checks
/// URLs (its maintainer's advice is to sanitise the output), so the link stage does.
/// </summary>
internal static class UrlSafety
{
    /// <summary>True when the URL must not reach the page. Allocates nothing: it runs on every link of a site.</summary>
    public static bool IsDangerous(string url, bool isImage)
    {
        Span<char> scheme = stackalloc char[MaxScheme];
        var length = Scheme(url, scheme);
        if (length < 0) return false;
        var name = scheme[..length];
        if (name.SequenceEqual("javascript") || name.SequenceEqual("vbscript")) return true;
        return name.SequenceEqual("data") && !(isImage && IsImageData(url));
    }

    /// <summary>Longer schemes are none of the dangerous ones.</summary>
    private const int MaxScheme = 16;

    /// <summary>
    /// Writes the scheme as a browser reads it into <paramref name="scheme"/> and returns its length,
    /// or -1 when there is none (or a longer one): leading spaces and control characters skipped, tabs
    /// and line breaks inside ignored, letters lower-cased (so <c>" Java&#9;Script:"</c> counts).
    /// </summary>
    private static int Scheme(string url, Span<char> scheme)
    {
        var length = 0;
        var started = false;
        foreach (var c in url)
        {
            if (!started && c <= ' ') continue;
            started = true;
            if (c is '\t' or '\n' or '\r') continue;
            if (c == ':') return length > 0 ? length : -1;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || length == MaxScheme) return -1;
            scheme[length++] = char.ToLowerInvariant(c);
        }
        return -1;
    }

    private static bool IsImageData(string url)
    {
        // An image element never runs script, SVG included; only the type must be an image's.
        var start = url.IndexOf(':') + 1;
        return url.AsSpan(start).TrimStart().StartsWith("image/", StringComparison.OrdinalIgnoreCase);
    }
}

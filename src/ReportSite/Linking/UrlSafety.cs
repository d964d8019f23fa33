namespace ReportSite.Linking;

/// <summary>
/// Which link and image URLs could run script in a reader's browser: <c>javascript:</c> and
/// <c>vbscript:</c> anywhere, <c>data:</c> except images with an image type. Markdig never checks
/// URLs (its maintainer's advice is to sanitise the output), so the link stage does.
/// </summary>
public static class UrlSafety
{
    /// <summary>True when the URL must not reach the page.</summary>
    public static bool IsDangerous(string url, bool isImage)
    {
        var scheme = Scheme(url);
        if (scheme is null) return false;
        if (scheme is "javascript" or "vbscript") return true;
        return scheme == "data" && !(isImage && IsImageData(url));
    }

    /// <summary>
    /// The scheme as a browser reads it: leading spaces and control characters skipped, tabs and
    /// line breaks inside ignored, letters compared without case (so <c>" Java&#9;Script:"</c> counts).
    /// </summary>
    private static string? Scheme(string url)
    {
        var scheme = new System.Text.StringBuilder();
        var started = false;
        foreach (var c in url)
        {
            if (!started && c <= ' ') continue;
            started = true;
            if (c is '\t' or '\n' or '\r') continue;
            if (c == ':') return scheme.Length > 0 ? scheme.ToString() : null;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return null;
            scheme.Append(char.ToLowerInvariant(c));
        }
        return null;
    }

    private static bool IsImageData(string url)
    {
        // An image element never runs script, SVG included; only the type must be an image's.
        var start = url.IndexOf(':') + 1;
        return url.AsSpan(start).TrimStart().StartsWith("image/", StringComparison.OrdinalIgnoreCase);
    }
}

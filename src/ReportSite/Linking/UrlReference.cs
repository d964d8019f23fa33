namespace ReportSite.Linking;

/// <summary>
/// What a link or image URL written in Markdown refers to, by its form alone: a file of the input
/// (relative path), an address elsewhere (anything with a scheme), or a path on the author's own
/// computer. Deciding by form, not by whether <see cref="Uri"/> can parse it, keeps a malformed
/// address (<c>https://{{host}}/x</c>) from being looked up as a file.
/// </summary>
internal static class UrlReference
{
    /// <summary>
    /// True when the URL starts with an RFC 3986 scheme (<c>https:</c>, <c>mailto:</c>, <c>tel:</c>,
    /// a custom <c>app+x:</c>): a letter, then letters, digits, <c>+ . -</c>, then a colon.
    /// </summary>
    public static bool HasScheme(string url) => SchemeLength(url) > 0;

    /// <summary>
    /// True for references to files of the input, relative to the Markdown file; false for
    /// addresses with a scheme, protocol-relative <c>//host</c> and site-absolute <c>/path</c>.
    /// </summary>
    public static bool IsLocal(string url) => !HasScheme(url) && !url.StartsWith('/');

    /// <summary>
    /// True for a Windows path such as <c>C:\images\x.png</c> or <c>D:/docs/a.md</c>: a file on the
    /// author's computer, which a published site cannot reach (its one-letter "scheme" is a drive).
    /// </summary>
    public static bool IsDrivePath(string url) =>
        url.Length >= 3 && char.IsAsciiLetter(url[0]) && url[1] == ':' && url[2] is '\\' or '/';

    /// <summary>
    /// Why an address of a web scheme (http, https, ftp, ws, wss) is not a valid one, or null when it
    /// is (or has another scheme, whose syntax is its owner's business).
    /// </summary>
    public static string? WebAddressProblem(string url)
    {
        var length = SchemeLength(url);
        if (length <= 0 || !WebSchemes.Contains(url[..length])) return null;
        var rest = url.AsSpan(length + 1);
        if (!rest.StartsWith("//")) return "a web address needs '//' and a host after its scheme";
        var authority = rest[2..];
        var end = authority.IndexOfAny('/', '?', '#');
        var host = (end < 0 ? authority : authority[..end]).ToString();
        if (host.Length == 0) return "it has no host";
        var bad = host.IndexOfAny(NotInHost);
        if (bad >= 0) return $"its host '{host}' holds '{host[bad]}', which no host name can";
        return Uri.TryCreate(url, UriKind.Absolute, out _) ? null : $"its host '{host}' is not a host name";
    }

    private static readonly HashSet<string> WebSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "ftp", "ws", "wss" };

    /// <summary>Characters that never appear in a host, user or port (template braces, spaces, quotes...).</summary>
    private static readonly char[] NotInHost = ['{', '}', ' ', '\t', '<', '>', '"', '\\', '^', '`', '|'];

    /// <summary>The length of the scheme before the colon, or 0 when the URL has none.</summary>
    private static int SchemeLength(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return 0;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return i;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return 0;
        }
        return 0;
    }
}

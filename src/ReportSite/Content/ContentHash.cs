using System.Security.Cryptography;
using System.Text;

namespace ReportSite.Content;

/// <summary>
/// A short fingerprint of what a translator translates: the title and the body text, not the rest of
/// the front matter, so adding keywords or a stamp to the original does not make translations stale.
/// </summary>
public static class ContentHash
{
    /// <param name="title">The front matter's title, if any.</param>
    /// <param name="markdown">The text after the front matter, as read.</param>
    public static string Of(string? title, string markdown)
    {
        var text = (title ?? "") + "\n" + markdown.Trim();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}

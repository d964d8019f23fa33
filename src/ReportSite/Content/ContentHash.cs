using System.Security.Cryptography;
using System.Text;

namespace ReportSite.Content;

/// <summary>
/// A short fingerprint of what a translator translates: the title and the body text, not the rest of
/// the front matter, so adding keywords or a stamp to the original does not make translations stale.
/// </summary>
public static class ContentHash
{
    public static string Of(SourceDocument source)
    {
        var text = (source.FrontMatter.Title ?? "") + "\n" + source.Body.Trim();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}

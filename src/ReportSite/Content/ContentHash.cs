using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ReportSite.Content;

/// <summary>
/// A short fingerprint of what a translator translates: the title and the body text, not the rest of
/// the front matter, so adding keywords or a stamp to the original does not make translations stale.
/// </summary>
internal static class ContentHash
{
    /// <summary>The SHA-256 of "title\nbody" (the body trimmed), in UTF-8: its first 4 bytes in hex.</summary>
    /// <param name="title">The front matter's title, if any.</param>
    /// <param name="markdown">The text after the front matter, as read.</param>
    public static string Of(string? title, string markdown)
    {
        // Every page is hashed at Load: the pieces are encoded into one pooled buffer and hashed at
        // once (no copy of the text, no hash object per page).
        var body = markdown.AsSpan().Trim();
        var titleText = title.AsSpan();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(titleText.Length + 1 + body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(titleText, buffer);
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(body, buffer.AsSpan(length));
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash[..4]);
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }
}

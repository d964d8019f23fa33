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
        // Every page is hashed at Load: hashed piece by piece, from a pooled buffer, so no copy of the text is made.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(sha, title);
        Append(sha, "\n");
        Append(sha, markdown.AsSpan().Trim());
        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..4]);
    }

    private static void Append(IncrementalHash sha, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try { sha.AppendData(buffer, 0, Encoding.UTF8.GetBytes(text, buffer)); }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }
}

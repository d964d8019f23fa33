using System.Globalization;

namespace ReportSite.Cli.Serve;

/// <summary>
/// One HTTP byte range (RFC 9110 §14), as the search fetches the parts of its text packs: <c>bytes=a-b</c>,
/// <c>bytes=a-</c> or <c>bytes=-n</c>. A header that is absent, malformed or asks for several ranges is
/// answered with the whole file (200), as the RFC allows; a range that starts past the end is 416.
/// </summary>
public readonly record struct ByteRange(long Start, long Length)
{
    /// <summary>What to answer <paramref name="header"/> for a file of <paramref name="fileLength"/> bytes: a range, the whole file (null), or unsatisfiable.</summary>
    public static (ByteRange? Range, bool Unsatisfiable) For(string? header, long fileLength)
    {
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase)) return (null, false);
        var spec = header["bytes=".Length..].Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0 || spec.Contains(',')) return (null, false);
        var (first, last) = (spec[..dash].Trim(), spec[(dash + 1)..].Trim());
        if (first.Length == 0)
        {
            if (!TryNumber(last, out var suffix) || suffix == 0) return (null, suffix == 0 && last.Length > 0);
            var length = Math.Min(suffix, fileLength);
            return length == 0 ? (null, true) : (new ByteRange(fileLength - length, length), false);
        }
        if (!TryNumber(first, out var start)) return (null, false);
        if (start >= fileLength) return (null, true);
        var end = fileLength - 1;
        if (last.Length > 0)
        {
            if (!TryNumber(last, out end) || end < start) return (null, false);
            end = Math.Min(end, fileLength - 1);
        }
        return (new ByteRange(start, end - start + 1), false);
    }

    /// <summary>The Content-Range header of this range of a file of <paramref name="fileLength"/> bytes.</summary>
    public string ContentRange(long fileLength) => $"bytes {Start}-{Start + Length - 1}/{fileLength}";

    private static bool TryNumber(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

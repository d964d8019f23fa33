using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ReportSite.Diagnostics;

namespace ReportSite.Content;

/// <summary>
/// Reads input text files (Markdown, YAML, CSV) as UTF-8 with any BOM dropped and CRLF/CR line ends
/// made LF. A file larger than the site's limit, or not valid UTF-8, is an error at its position
/// (a chapter saved as GBK is the usual case), never silently garbled.
/// </summary>
internal static class TextFile
{
    /// <summary>The default size limit, used before site.yaml is read.</summary>
    public const long DefaultMaxBytes = Configuration.SiteConfig.DefaultMaxFileSizeMb * 1024L * 1024;

    /// <summary>
    /// Reads <paramref name="relativePath"/> under <paramref name="root"/> in one go (faster than a
    /// <see cref="StreamReader"/> on thousands of files); null, with an error reported, when it cannot be used.
    /// Diagnostics name the file <paramref name="shownAs"/> (default: <paramref name="relativePath"/>).
    /// </summary>
    public static string? Read(string root, string relativePath, long maxBytes, DiagnosticBag diagnostics, string? shownAs = null) =>
        Read(root, relativePath, maxBytes, diagnostics, text => text.ToString(), shownAs);

    /// <summary>
    /// Reads a file as <see cref="Read(string, string, long, DiagnosticBag, string?)"/> does and hands its
    /// normalised text to <paramref name="use"/> from pooled buffers (valid only during the call), so a
    /// caller that keeps only part of the file (a chapter's body) makes no string of the whole file.
    /// </summary>
    public static T? Read<T>(string root, string relativePath, long maxBytes, DiagnosticBag diagnostics,
        Func<ReadOnlySpan<char>, T> use, string? shownAs = null) where T : class
    {
        var file = shownAs ?? relativePath;
        byte[]? bytes = null;
        try
        {
            int length;
            try
            {
                using var handle = File.OpenHandle(Path.Combine(root, relativePath));
                var size = RandomAccess.GetLength(handle);
                if (size > maxBytes)
                {
                    diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.FileOnly(file),
                        $"This file is {Megabytes(size)} MB; input files may be at most {Megabytes(maxBytes)} MB.",
                        "Split the file (one chapter per file, one table per CSV), or raise max_file_size_mb in site.yaml.");
                    return null;
                }
                bytes = ArrayPool<byte>.Shared.Rent((int)Math.Max(size, 1));
                length = ReadAll(handle, bytes.AsSpan(0, (int)size));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(file), ex.Message,
                    "Check that the file exists and can be read.");
                return null;
            }
            var content = bytes.AsSpan(0, length);
            if (!Utf8.IsValid(content))
            {
                ReportNotUtf8(content, file, diagnostics);
                return null;
            }
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(length, 1)); // UTF-16 never needs more units than UTF-8 bytes
            try { return use(ReplaceNonCharacters(Normalize(chars.AsSpan(0, Encoding.UTF8.GetChars(content, chars))), file, diagnostics)); }
            finally { ArrayPool<char>.Shared.Return(chars); }
        }
        finally
        {
            if (bytes is not null) ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static int ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var count = RandomAccess.Read(handle, buffer[read..], read);
            if (count == 0) break; // the file shrank meanwhile
            read += count;
        }
        return read;
    }

    public static string Normalize(string text) => new(Normalize(text.ToCharArray().AsSpan()));

    /// <summary>Drops a BOM and makes CRLF and CR line ends LF, in place; returns the normalised text.</summary>
    public static Span<char> Normalize(Span<char> text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var first = text.IndexOf('\r');
        if (first < 0) return text;
        var kept = first;
        for (var i = first; i < text.Length; i++)
        {
            if (text[i] != '\r') text[kept++] = text[i];
            else
            {
                text[kept++] = '\n';
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
        }
        return text[..kept];
    }

    /// <summary>
    /// Replaces each Unicode noncharacter (U+FDD0–U+FDEF and the last two code points of every plane,
    /// U+FFFE, U+FFFF, U+1FFFE…) with U+FFFD, in place, with one warning at the first. They are not
    /// text: Unicode reserves them for a program's internal use and normalisation rejects them, so
    /// kept as they are they would stop the search index. The visible U+FFFD keeps the place marked.
    /// </summary>
    private static Span<char> ReplaceNonCharacters(Span<char> text, string file, DiagnosticBag diagnostics)
    {
        var kept = 0;
        var replaced = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (!IsNonCharacter(codePoint))
            {
                text[kept++] = text[i];
                if (pair) text[kept++] = text[++i];
                continue;
            }
            if (replaced++ == 0)
            {
                var before = text[..kept];
                var lineStart = before.LastIndexOf('\n') + 1;
                diagnostics.Warning(DiagnosticCodes.NonCharacter,
                    new SourceLocation(file, before.Count('\n') + 1, kept - lineStart + 1),
                    $"U+{codePoint:X4} is a Unicode noncharacter, not text; it is shown as U+FFFD (�) here and wherever else it occurs in this file.",
                    "Delete the character: it usually comes from a broken conversion or a copy from a binary file.");
            }
            text[kept++] = '\uFFFD';
            if (pair) i++;
        }
        return text[..kept];
    }

    private static bool IsNonCharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static void ReportNotUtf8(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(file, 1, 1), "This file is saved as UTF-16; ReportSite reads UTF-8.",
                "Save the file as UTF-8 (in most editors: Save with Encoding → UTF-8).");
            return;
        }
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
        ArrayPool<char>.Shared.Return(chars);
        var lineStart = bytes[..valid].LastIndexOf((byte)'\n') + 1;
        var line = bytes[..valid].Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..valid]) + 1;
        diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(file, line, column),
            $"This file is not valid UTF-8 text (byte 0x{bytes[valid]:X2} here); it may be saved as GBK/GB18030 or another legacy encoding.",
            "Save the file as UTF-8 (in most editors: Save with Encoding → UTF-8), then check the text around this position.");
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}

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
public static class TextFile
{
    /// <summary>The default size limit, used before site.yaml is read.</summary>
    public const long DefaultMaxBytes = Configuration.SiteConfig.DefaultMaxFileSizeMb * 1024L * 1024;

    /// <summary>
    /// Reads <paramref name="relativePath"/> under <paramref name="root"/> in one go (faster than a
    /// <see cref="StreamReader"/> on thousands of files); null, with an error reported, when it cannot be used.
    /// Diagnostics name the file <paramref name="shownAs"/> (default: <paramref name="relativePath"/>).
    /// </summary>
    public static string? Read(string root, string relativePath, long maxBytes, DiagnosticBag diagnostics, string? shownAs = null)
    {
        var file = shownAs ?? relativePath;
        byte[] bytes;
        try
        {
            var length = new FileInfo(Path.Combine(root, relativePath)).Length;
            if (length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.FileOnly(file),
                    $"This file is {Megabytes(length)} MB; input files may be at most {Megabytes(maxBytes)} MB.",
                    "Split the file (one chapter per file, one table per CSV), or raise max_file_size_mb in site.yaml.");
                return null;
            }
            bytes = File.ReadAllBytes(Path.Combine(root, relativePath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(file), ex.Message,
                "Check that the file exists and can be read.");
            return null;
        }
        if (Utf8.IsValid(bytes)) return Normalize(Encoding.UTF8.GetString(bytes));
        ReportNotUtf8(bytes, file, diagnostics);
        return null;
    }

    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static void ReportNotUtf8(byte[] bytes, string file, DiagnosticBag diagnostics)
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
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(valid - 1, 0)) + 1;
        var line = bytes.AsSpan(0, valid).Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, valid - lineStart) + 1;
        diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(file, line, column),
            $"This file is not valid UTF-8 text (byte 0x{bytes[valid]:X2} here); it may be saved as GBK/GB18030 or another legacy encoding.",
            "Save the file as UTF-8 (in most editors: Save with Encoding → UTF-8), then check the text around this position.");
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}

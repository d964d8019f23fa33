using System.Text;
using ReportSite.Content;
using ReportSite.Linking;

namespace ReportSite.Translations;

/// <summary>
/// Records in a translation's front matter which original it was made from:
/// <c>translated_from: {lang: zh, hash: 1a2b3c4d}</c>, the original's current <see cref="ContentHash"/>.
/// Run it after finishing a translation; when the original changes later, the translation shows as stale.
/// </summary>
public static class TranslationStamper
{
    /// <summary>The stamp written, or the reason nothing was written.</summary>
    public sealed record Outcome(TranslationStamp? Stamp, string Message);

    /// <param name="site">The linked site.</param>
    /// <param name="inputDirectory">The input folder.</param>
    /// <param name="file">The translation to stamp, as a path the user typed (relative to the working folder, or absolute).</param>
    public static Outcome Stamp(LinkedSite site, string inputDirectory, string file)
    {
        var path = InputPath.Relative(Path.GetFullPath(inputDirectory), Path.GetFullPath(file));
        var page = site.Content.FirstOrDefault(p => p.Document.Source.Path == path);
        if (page is null) return new Outcome(null, $"{file} is not a chapter or page of this site.");

        var original = OriginalOf(site, page);
        if (original is null) return new Outcome(null, $"{file} has no version in another language to have been translated from.");

        var stamp = new TranslationStamp(original.Language, original.Document.Source.ContentHash);
        var fullPath = Path.Combine(inputDirectory, path);
        try
        {
            // Strict UTF-8 that keeps a BOM as a character, so decoding and encoding give back every byte.
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var stamped = WithStamp(encoding.GetString(File.ReadAllBytes(fullPath)), stamp);
            if (stamped is null)
                return new Outcome(null, $"{file}: the front matter opened on line 1 is never closed, so the stamp has no place; nothing was written. Add a line with just --- after the last front matter line.");
            File.WriteAllBytes(fullPath, encoding.GetBytes(stamped));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return new Outcome(null, $"{file}: cannot be stamped: {ex.Message}");
        }
        return new Outcome(stamp, $"{file}: translated_from: {{lang: {stamp.Language}, hash: {stamp.Hash}}} ({original.Document.Source.Path})");
    }

    /// <summary>The stamp's language if set, else the default language, else the first other language with a version.</summary>
    private static ContentPage? OriginalOf(LinkedSite site, ContentPage page)
    {
        var candidates = new[] { page.Document.Source.FrontMatter.TranslatedFrom?.Language, site.Config.DefaultLanguage }
            .Concat(site.Languages)
            .OfType<string>()
            .Where(l => l != page.Language);
        return candidates.Select(l => site.Translation(page, l)).FirstOrDefault(p => p is not null);
    }

    /// <summary>
    /// The file's text with the stamp put in its front matter (replacing an earlier stamp where it stood,
    /// else as the last line), or a front matter holding only the stamp added on top; null when the front
    /// matter is never closed. Every other character is kept as it was, line endings included: the new
    /// line ends as the line before it does, because a file may mix LF, CRLF and CR. Fences are found
    /// as <see cref="FrontMatterParser"/> finds them, so what is stamped is what the build reads.
    /// </summary>
    public static string? WithStamp(string text, TranslationStamp stamp)
    {
        var entry = $"{TranslationStamp.Key}: {{lang: {stamp.Language}, hash: {stamp.Hash}}}";
        var bom = text.StartsWith('\uFEFF') ? 1 : 0;
        var lines = Lines(text, bom);
        if (!OpensFrontMatter(lines))
        {
            var newline = lines[0].Ending is "" ? "\n" : lines[0].Ending;
            return text.Insert(bom, $"---{newline}{entry}{newline}---{newline}");
        }

        var close = lines.FindIndex(1, l => l.Content.TrimEnd(' ') is "---" or "...");
        if (close < 0) return null;
        var first = lines.FindIndex(1, close - 1, l => l.Content.StartsWith(TranslationStamp.Key + ":", StringComparison.Ordinal));
        if (first < 0)
            return text.Insert(lines[close].Start, entry + lines[close - 1].Ending);

        var last = first;
        while (last + 1 < close && lines[last + 1].Content.StartsWith(' ')) last++; // the block form's indented lines
        var replacedEnd = lines[last].Start + lines[last].Content.Length; // the old stamp's own line ending stays
        return text[..lines[first].Start] + entry + text[replacedEnd..];
    }

    /// <summary>As the parser: a first line of exactly <c>---</c>, or a file that is only <c>---</c>.</summary>
    private static bool OpensFrontMatter(List<Line> lines) =>
        lines[0].Content == "---" && lines[0].Ending != "" || lines.Count == 1 && lines[0].Content.TrimEnd(' ') == "---";

    private sealed record Line(int Start, string Content, string Ending);

    /// <summary>The lines from <paramref name="from"/> on, each with where it starts and its own ending (CRLF, LF, CR, or none at the end).</summary>
    private static List<Line> Lines(string text, int from)
    {
        var lines = new List<Line>();
        var start = from;
        while (true)
        {
            var end = text.IndexOfAny(['\r', '\n'], start);
            if (end < 0)
            {
                lines.Add(new Line(start, text[start..], ""));
                return lines;
            }
            var ending = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? "\r\n" : text[end].ToString();
            lines.Add(new Line(start, text[start..end], ending));
            start = end + ending.Length;
        }
    }
}

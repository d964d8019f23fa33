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

        var stamp = new TranslationStamp(original.Language, ContentHash.Of(original.Document.Source));
        var fullPath = Path.Combine(inputDirectory, path);
        File.WriteAllText(fullPath, WithStamp(File.ReadAllText(fullPath, Encoding.UTF8), stamp), new UTF8Encoding(false));
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

    /// <summary>The file's text with the stamp put in (or replaced in) its front matter; everything else kept as it was.</summary>
    public static string WithStamp(string text, TranslationStamp stamp)
    {
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        var line = $"{TranslationStamp.Key}: {{lang: {stamp.Language}, hash: {stamp.Hash}}}";
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var lines = text[bom.Length..].Split(newline).ToList();
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
            return bom + string.Join(newline, ["---", line, "---", .. lines]);

        var close = lines.FindIndex(1, l => l.TrimEnd() is "---" or "...");
        if (close < 0) throw new InvalidOperationException("The front matter is not closed.");
        var start = lines.FindIndex(1, close - 1, l => l.StartsWith(TranslationStamp.Key + ":", StringComparison.Ordinal));
        if (start >= 0)
        {
            var end = start + 1;
            while (end < close && lines[end].StartsWith(' ')) end++; // the block form's indented lines
            lines.RemoveRange(start, end - start);
            close -= end - start;
        }
        lines.Insert(close, line);
        return bom + string.Join(newline, lines);
    }
}

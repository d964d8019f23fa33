using ReportSite.Configuration;
using ReportSite.Diagnostics;
using ReportSite.Translations;

namespace ReportSite.Content;

/// <summary>
/// Splits a Markdown file into its YAML front matter (between <c>---</c> lines at the top) and
/// body, and reads the front matter into a <see cref="FrontMatter"/>. Line numbers in diagnostics
/// count from the top of the file, as the editor shows them.
/// </summary>
internal static partial class FrontMatterParser
{
    /// <summary>The front matter, the body, and the file line on which the body starts.</summary>
    public sealed record Result(FrontMatter FrontMatter, string Body, int BodyFirstLine);

    /// <param name="text">Normalised file text (see <see cref="TextFile"/>).</param>
    /// <param name="file">Path relative to the input folder, for diagnostics.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static Result Parse(ReadOnlySpan<char> text, string file, DiagnosticBag diagnostics)
    {
        if (!StartsWithFence(text)) return new Result(FrontMatter.None, new string(text), 1);

        var yamlStart = text.IndexOf('\n') + 1;
        var (yamlEnd, bodyStart) = FindClosingFence(text, yamlStart);
        if (yamlEnd < 0)
        {
            diagnostics.Error(DiagnosticCodes.UnterminatedFrontMatter, new SourceLocation(file, 1, 1),
                "The front matter opened on line 1 is never closed.", "Add a line with just --- after the last front matter line.");
            return GuessUnclosed(text, yamlStart, file);
        }

        var bodyFirstLine = 1 + text[..bodyStart].Count('\n');
        var frontMatter = SimpleFrontMatter.TryRead(text[yamlStart..yamlEnd]) ?? ReadYaml(new string(text[yamlStart..yamlEnd]), file, diagnostics);
        return new Result(frontMatter, new string(text[bodyStart..]), bodyFirstLine);
    }

    /// <summary>
    /// One mistake, one diagnostic: with no closing <c>---</c>, read on as if the front matter ended at
    /// its first line that does not look like YAML (a blank line, a heading, text: where authors who
    /// forget the fence start the text), so the page keeps its title, headings and anchors and nothing
    /// else — here or in pages linking to it — is reported because of it. The guess is only used when
    /// it reads cleanly; its own problems are the missing fence's.
    /// </summary>
    private static Result GuessUnclosed(ReadOnlySpan<char> text, int yamlStart, string file)
    {
        var yamlEnd = yamlStart;
        while (yamlEnd < text.Length)
        {
            var lineLength = text[yamlEnd..].IndexOf('\n') is var n and >= 0 ? n : text.Length - yamlEnd;
            if (!LooksLikeYaml(text.Slice(yamlEnd, lineLength))) break;
            yamlEnd = Math.Min(text.Length, yamlEnd + lineLength + 1);
        }
        var bodyStart = yamlEnd < text.Length && text[yamlEnd] == '\n' ? yamlEnd + 1 : yamlEnd; // the blank line that ended it
        var guessDiagnostics = new DiagnosticBag();
        var guess = ReadYaml(new string(text[yamlStart..yamlEnd]), file, guessDiagnostics);
        var frontMatter = guessDiagnostics.HasErrors ? FrontMatter.Unreadable : guess with { Broken = true };
        return new Result(frontMatter, new string(text[bodyStart..]), 1 + text[..bodyStart].Count('\n'));
    }

    /// <summary>A <c>key: value</c> line, a list item, or an indented continuation.</summary>
    private static bool LooksLikeYaml(ReadOnlySpan<char> line) =>
        line.Length > 0 && (line[0] is ' ' or '-' or '#' && !line.StartsWith("# ") && !line.StartsWith("##")
            || YamlKeyLine().IsMatch(line));

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_][\w-]*:(\s|$)")]
    private static partial System.Text.RegularExpressions.Regex YamlKeyLine();

    /// <summary>Reads front matter with the YAML parser (what <see cref="SimpleFrontMatter"/> does not take).</summary>
    internal static FrontMatter ReadYaml(string yaml, string file, DiagnosticBag diagnostics)
    {
        var map = YamlText.ParseMapping(yaml, file, 2, diagnostics);
        return map is null ? FrontMatter.Unreadable : Read(map);
    }

    private static FrontMatter Read(YamlMap map)
    {
        map.ReportUnknownKeys(FrontMatter.Keys.ToArray());
        var order = map.Int(FrontMatter.OrderKey);
        var title = map.String(FrontMatter.TitleKey);
        return new FrontMatter
        {
            // A title that is there but not text was reported as such: it is not also "missing".
            Broken = title is null && map.Contains(FrontMatter.TitleKey),
            OnlyIn = NullIfBlank(map.String(FrontMatter.OnlyInKey)),
            Title = NullIfBlank(title),
            Summary = NullIfBlank(map.String(FrontMatter.SummaryKey)),
            Order = order,
            Authors = map.StringList(FrontMatter.AuthorsKey),
            Keywords = map.StringList(FrontMatter.KeywordsKey),
            Date = map.Date(FrontMatter.DateKey),
            Draft = map.Bool(FrontMatter.DraftKey) ?? false,
            TranslationKey = NullIfBlank(map.String(FrontMatter.TranslationKeyKey)),
            TranslatedFrom = ReadStamp(map),
        };
    }

    private static TranslationStamp? ReadStamp(YamlMap map)
    {
        if (map.Map(TranslationStamp.Key) is not { } stamp) return null;
        stamp.ReportUnknownKeys(["lang", "hash"]);
        var language = stamp.String("lang");
        var hash = stamp.String("hash");
        if (language is null) stamp.ReportMissing("lang", "Name the language of the original, e.g. lang: zh");
        if (hash is null) stamp.ReportMissing("hash", "Run 'reportsite check --translations --stamp FILE' to record it.");
        return language is null || hash is null ? null : new TranslationStamp(language, hash);
    }

    internal static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool StartsWithFence(ReadOnlySpan<char> text) =>
        text.StartsWith("---\n", StringComparison.Ordinal) || text.TrimEnd(' ') is "---";

    /// <summary>Finds the closing <c>---</c> (or <c>...</c>) line: returns where the YAML ends and the body starts.</summary>
    private static (int YamlEnd, int BodyStart) FindClosingFence(ReadOnlySpan<char> text, int from)
    {
        var lineStart = from;
        while (lineStart <= text.Length && lineStart > 0)
        {
            var lineEnd = text[lineStart..].IndexOf('\n') is var offset and >= 0 ? lineStart + offset : -1;
            var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (line.TrimEnd(' ') is "---" or "...")
                return (lineStart, lineEnd < 0 ? text.Length : lineEnd + 1);
            if (lineEnd < 0) break;
            lineStart = lineEnd + 1;
        }
        return (-1, -1);
    }
}

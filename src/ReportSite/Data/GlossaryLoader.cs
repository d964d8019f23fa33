using System.Text.RegularExpressions;
using ReportSite.Configuration;
using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Data;

/// <summary>
/// Loads <c>input/data/glossary.yaml</c>: a title, an optional introduction and a list of terms,
/// each with <c>term</c> and <c>definition</c> in every language.
/// </summary>
internal static partial class GlossaryLoader
{
    public const string Name = "glossary";
    public const string File = $"{DataTableLoader.Folder}/{Name}.yaml";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    public static Glossary? Load(string inputDirectory, IReadOnlySet<string> files, IReadOnlyList<string> languages, long maxBytes, DiagnosticBag diagnostics)
    {
        if (!files.Contains(File)) return null;
        if (TextFile.Read(inputDirectory, File, maxBytes, diagnostics) is not { } text) return null;
        var map = YamlText.ParseMapping(text, File, 1, diagnostics);
        if (map is null) return null;
        map.ReportUnknownKeys(["title", "introduction", "terms"]);
        var terms = new List<GlossaryTerm>();
        foreach (var entry in map.MapList("terms"))
        {
            entry.ReportUnknownKeys(["term", "definition"]);
            // A missing (or blank) language is an error for the entry as a whole (below), not also a warning per key.
            var term = entry.Localized("term", languages, reportGaps: false);
            var definition = entry.Localized("definition", languages, reportGaps: false);
            var missing = languages.Where(l => term?.Has(l) != true || definition?.Has(l) != true).ToList();
            if (term is null || definition is null || missing.Count > 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingRequired, entry.Location,
                    $"This glossary entry lacks its term or definition in {string.Join(", ", missing.DefaultIfEmpty("every language"))}.",
                    "Give both 'term' and 'definition' as {zh: ..., en: ...}.");
                continue;
            }
            var id = "term-" + NonSlug().Replace(term.Get("en", languages[0]).ToLowerInvariant(), "-").Trim('-');
            if (terms.Any(t => t.Id == id)) id += "-" + (terms.Count + 1);
            terms.Add(new GlossaryTerm(id, term, definition));
        }
        return new Glossary(
            map.Localized("title", languages) ?? LocalizedText.PerLanguage(new Dictionary<string, string> { ["zh"] = "术语表", ["en"] = "Glossary" }),
            map.Localized("introduction", languages) ?? LocalizedText.Empty,
            terms);
    }
}

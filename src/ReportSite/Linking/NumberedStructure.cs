using ReportSite.Diagnostics;
using ReportSite.Markdown.Numbering;

namespace ReportSite.Linking;

/// <summary>
/// Compares the numbered tables, figures and boxes of a chapter's language versions. They are
/// numbered in document order, so "图3-2" and "Figure 3-2" name the same figure (and the list of
/// tables and figures, and cross-references, agree) only while each version has the same ones.
/// </summary>
internal static class NumberedStructure
{
    /// <summary>
    /// Warns (RS0506) at every table, figure or box one version has beyond another's: one warning per
    /// element, in its own file. Of a kind's elements, the extra ones are those whose <c>{#id}</c> the
    /// other version lacks when that accounts for the difference, else the last ones.
    /// </summary>
    public static void ReportDifferences(
        IEnumerable<IReadOnlyDictionary<string, ContentPage>> groups, IReadOnlyList<string> languages, string defaultLanguage, DiagnosticBag diagnostics)
    {
        foreach (var versions in groups)
        {
            if (versions.Count < 2) continue;
            var reference = HeadingStructure.Reference(versions, languages, defaultLanguage);
            var warned = new HashSet<(string Path, NumberedTarget Target)>();
            foreach (var language in languages)
            {
                if (!versions.TryGetValue(language, out var translation) || translation == reference) continue;
                // A version that failed to load or has no text at all has its own error; its missing elements follow from it.
                if (Unreadable(reference) || Unreadable(translation)) continue;
                foreach (var kind in Enum.GetValues<NumberedKind>())
                {
                    Report(translation, reference, kind, warned, diagnostics);
                    Report(reference, translation, kind, warned, diagnostics);
                }
            }
        }
    }

    private static bool Unreadable(ContentPage page) =>
        page.Document.Source.FrontMatter.Broken || page.Document is { Targets.Count: 0, Outline.Count: 0, Length: var length } && length == default;

    private static void Report(ContentPage page, ContentPage other, NumberedKind kind, HashSet<(string Path, NumberedTarget Target)> warned, DiagnosticBag diagnostics)
    {
        var mine = page.Document.Targets.Where(t => t.Kind == kind).ToList();
        var theirs = other.Document.Targets.Where(t => t.Kind == kind).ToList();
        if (mine.Count <= theirs.Count) return;
        var keys = theirs.Select(t => t.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unmatched = mine.Where(t => t.Key is null || !keys.Contains(t.Key)).ToList();
        var extra = unmatched.Count == mine.Count - theirs.Count ? unmatched : mine.Skip(theirs.Count).ToList();
        var source = page.Document.Source;
        var name = kind switch { NumberedKind.Table => "table", NumberedKind.Figure => "figure", _ => "box" };
        foreach (var target in extra)
        {
            if (!warned.Add((source.Path, target))) continue;
            diagnostics.Warning(DiagnosticCodes.NumberedElementsDiffer,
                new SourceLocation(source.Path, source.BodyFirstLine + target.Line, target.Column + 1),
                $"This {name} ({name} {target.Ordinal}{(target.Key is null ? "" : $", #{target.Key}")}) has no counterpart in the {other.Language} version: "
                + $"here {mine.Count} {name}s, '{other.Document.Source.Path}' {theirs.Count}, so the numbers of the two versions no longer name the same {name}s.",
                $"Give every version the same tables, figures and boxes in the same order (the same {{#id}} on each helps match them), or take this {name} out.");
        }
    }
}

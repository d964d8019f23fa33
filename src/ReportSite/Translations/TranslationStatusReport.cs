using ReportSite.Content;
using ReportSite.Linking;

namespace ReportSite.Translations;

/// <summary>
/// Builds the translation status tables: for each chapter (and page), which languages have it and
/// whether a translation lags behind its original — precisely, by the <c>translated_from</c> hash,
/// or approximately, by which file git saw change last — and whether their heading structures differ.
/// </summary>
public static class TranslationStatusReport
{
    public static IReadOnlyList<TranslationTable> Build(LinkedSite site, GitHistory? git)
    {
        var tables = site.Reports
            .Select(r => new TranslationTable(
                $"{r.Config.Title.Get(site.Config.DefaultLanguage)} ({r.Id})",
                Rows(site, git, site.Content.Where(p => p.Kind == ContentKind.Chapter && p.ReportId == r.Id))))
            .ToList();
        var pages = Rows(site, git, site.Content.Where(p => p.Kind == ContentKind.Page));
        if (pages.Count > 0) tables.Add(new TranslationTable("Pages", pages));
        return tables;
    }

    private static List<TranslationRow> Rows(LinkedSite site, GitHistory? git, IEnumerable<ContentPage> pages) =>
        pages.GroupBy(p => p.TranslationGroup)
            .Select(g => site.TranslationGroups[g.Key])
            .OrderBy(versions => versions.Values.Min(v => v.Number))
            .ThenBy(versions => versions.Values.Min(v => v.Order))
            .ThenBy(versions => versions.Values.Select(v => v.Document.Source.FileStem).Min(StringComparer.Ordinal), StringComparer.Ordinal)
            .Select(versions => Row(site, git, versions))
            .ToList();

    private static TranslationRow Row(LinkedSite site, GitHistory? git, IReadOnlyDictionary<string, ContentPage> versions)
    {
        var any = versions.GetValueOrDefault(site.Config.DefaultLanguage) ?? versions.Values.First();
        var files = site.Languages.ToDictionary(l => l, l => versions.GetValueOrDefault(l)?.Document.Source.Path);
        var (state, note) = State(site, git, versions);
        return new TranslationRow(any.Number, any.Title, files, state, note, HeadingsDiffer(site, versions));
    }

    /// <summary>Where each translation's headings part from the reference version's, as in warning RS0504.</summary>
    private static string HeadingsDiffer(LinkedSite site, IReadOnlyDictionary<string, ContentPage> versions)
    {
        if (versions.Count < 2) return "";
        var reference = HeadingStructure.Reference(versions, site.Languages, site.Config.DefaultLanguage);
        return string.Join("; ", site.Languages
            .Select(versions.GetValueOrDefault).OfType<ContentPage>()
            .Where(v => v != reference)
            .Select(v => (Version: v, At: HeadingStructure.FirstDifference(reference.Document.Outline, v.Document.Outline)))
            .Where(d => d.At >= 0)
            .Select(d => HeadingStructure.Where(reference, d.Version, d.At)));
    }

    private static (TranslationState, string) State(LinkedSite site, GitHistory? git, IReadOnlyDictionary<string, ContentPage> versions)
    {
        if (versions.Count == 1 && versions.Values.Single() is var only && only.Document.Source.FrontMatter.OnlyIn == only.Language)
            return (TranslationState.OneLanguage, $"only_in: {only.Language}");
        if (site.Languages.Any(l => !versions.ContainsKey(l)))
            return (TranslationState.Missing, "no " + string.Join(", ", site.Languages.Where(l => !versions.ContainsKey(l))));

        var stale = versions.Values.FirstOrDefault(v => site.OutdatedTranslations.ContainsKey(v.Document.Source.Path));
        if (stale is not null)
            return (TranslationState.Stale, $"{stale.Language}: its {site.OutdatedTranslations[stale.Document.Source.Path].Language} original changed since translated_from was stamped");

        var unstamped = versions.Values.Where(v => v.Document.Source.FrontMatter.TranslatedFrom is null).ToList();
        if (git is null || unstamped.Count == 0 || versions.Count < 2) return (TranslationState.Ok, "");
        var times = versions.Values
            .Select(v => (v.Language, Time: git.LastChanged(v.Document.Source.Path)))
            .Where(t => t.Time is not null)
            .OrderByDescending(t => t.Time)
            .ToList();
        if (times.Count < 2 || times[0].Time == times[^1].Time) return (TranslationState.Ok, "");
        var newest = times[0];
        var behind = times.Where(t => t.Time < newest.Time && unstamped.Any(u => u.Language == t.Language)).Select(t => t.Language).ToList();
        return behind.Count == 0
            ? (TranslationState.Ok, "")
            : (TranslationState.PossiblyStale, $"{newest.Language} changed after {string.Join(", ", behind)} (git)");
    }
}

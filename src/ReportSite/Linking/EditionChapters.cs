using System.Collections.Concurrent;

namespace ReportSite.Linking;

/// <summary>
/// Finds a chapter's counterparts in the other editions of its report's series: the chapter of each
/// other edition that shares its <c>translation_key</c> or its slug (the file name without the
/// <c>NN-</c> prefix, so a chapter renumbered from one year to the next still matches), read over
/// the chapter's translations, so a key given in one language pairs the whole chapter.
/// </summary>
internal sealed class EditionChapters(LinkedSite site)
{
    private readonly ConcurrentDictionary<string, ILookup<string, string>> _groupsByKey = new(StringComparer.Ordinal);

    /// <summary>Each other edition, newest first, with the translation group of its matching chapter; editions without one are left out.</summary>
    public IReadOnlyList<(Report Edition, string TranslationGroup)> Of(ContentPage chapter)
    {
        if (chapter.ReportId is not { } reportId || site.SeriesOf(site.Report(reportId)) is not { } series) return [];
        var keys = Keys(chapter.TranslationGroup);
        var found = new List<(Report, string)>();
        foreach (var editionId in series.EditionIds)
        {
            if (editionId == reportId) continue;
            var groups = _groupsByKey.GetOrAdd(editionId, id => KeyIndex(site.Report(id)));
            if (keys.SelectMany(k => groups[k]).FirstOrDefault() is { } group) found.Add((site.Report(editionId), group));
        }
        return found;
    }

    /// <summary>The keys a translation group answers to: every version's <c>translation_key</c> and slug.</summary>
    private List<string> Keys(string translationGroup)
    {
        var keys = new List<string>();
        foreach (var version in site.TranslationGroups[translationGroup].Values.OrderBy(p => p.Language, StringComparer.Ordinal))
        {
            if (version.Document.Source.FrontMatter.TranslationKey is { } key) keys.Add("key:" + key);
            keys.Add("slug:" + version.Slug);
        }
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Key → translation groups of one report's chapters, in reading order.</summary>
    private ILookup<string, string> KeyIndex(Report report)
    {
        var groups = site.Languages.SelectMany(report.Chapters).Select(c => c.TranslationGroup).Distinct(StringComparer.Ordinal)
            .OrderBy(g => site.TranslationGroups[g].Values.First().Number);
        return groups.SelectMany(g => Keys(g).Select(k => (Key: k, Group: g))).ToLookup(x => x.Key, x => x.Group, StringComparer.Ordinal);
    }
}

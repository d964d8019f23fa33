using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;

namespace ReportSite.Translations;

/// <summary>
/// Finds translations whose original changed after they were made: the translation's
/// <c>translated_from</c> stamp records the original's content hash, which no longer matches.
/// </summary>
internal static class TranslationFreshness
{
    /// <returns>For each outdated translation (by source path), the original it lags behind.</returns>
    public static IReadOnlyDictionary<string, ContentPage> FindOutdated(
        IEnumerable<ContentPage> pages, Func<ContentPage, string, ContentPage?> translation, DiagnosticBag diagnostics)
    {
        var outdated = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var source = page.Document.Source;
            if (source.FrontMatter.TranslatedFrom is not { } stamp) continue;
            var original = stamp.Language == page.Language ? null : translation(page, stamp.Language);
            if (original is null)
            {
                diagnostics.Warning(DiagnosticCodes.TranslationStampUnmatched, SourceLocation.FileOnly(source.Path),
                    $"translated_from names '{stamp.Language}', but this {Noun(page)} has no '{stamp.Language}' original.",
                    "Name the language this text was translated from, or remove translated_from.");
                continue;
            }
            if (original.Document.Source.ContentHash == stamp.Hash) continue;
            outdated[source.Path] = original;
            diagnostics.Warning(DiagnosticCodes.TranslationOutdated, SourceLocation.FileOnly(source.Path),
                $"The {stamp.Language} original '{original.Document.Source.Path}' changed after this translation was made; readers see a notice.",
                "Update the translation, then stamp it again: reportsite check --translations --stamp <this file>");
        }
        return outdated;
    }

    private static string Noun(ContentPage page) => page.Kind == ContentKind.Chapter ? "chapter" : "page";
}

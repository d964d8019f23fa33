using ReportSite.Diagnostics;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Linking;

/// <summary>
/// Compares the headings of a page's language versions. Numbered section ids (<c>sec-2-1</c>) follow
/// from the sequence of heading levels, so the versions share their anchors — and the language
/// switcher lands on the same section — only while those sequences are the same.
/// </summary>
internal static class HeadingStructure
{
    /// <summary>
    /// The index of the first heading whose level differs, or where one outline ends before the
    /// other; -1 when both have the same levels in the same order.
    /// </summary>
    public static int FirstDifference(IReadOnlyList<SectionHeading> a, IReadOnlyList<SectionHeading> b)
    {
        var shared = Math.Min(a.Count, b.Count);
        for (var i = 0; i < shared; i++)
            if (a[i].Level != b[i].Level) return i;
        return a.Count == b.Count ? -1 : shared;
    }

    /// <summary>
    /// The version each translation is compared with: the default language's, else the first
    /// language of the site that has one.
    /// </summary>
    public static ContentPage Reference(IReadOnlyDictionary<string, ContentPage> versions, IReadOnlyList<string> languages, string defaultLanguage) =>
        versions.GetValueOrDefault(defaultLanguage) ?? languages.Select(versions.GetValueOrDefault).OfType<ContentPage>().First();

    /// <summary>
    /// Warns (RS0504) about every translation whose headings differ from its reference version:
    /// one warning in each of the two files, at its first differing heading, naming the other's.
    /// </summary>
    public static void ReportDifferences(
        IEnumerable<IReadOnlyDictionary<string, ContentPage>> groups, IReadOnlyList<string> languages, string defaultLanguage, DiagnosticBag diagnostics)
    {
        foreach (var versions in groups)
        {
            if (versions.Count < 2) continue;
            var reference = Reference(versions, languages, defaultLanguage);
            foreach (var language in languages)
            {
                if (!versions.TryGetValue(language, out var translation) || translation == reference) continue;
                var at = FirstDifference(reference.Document.Outline, translation.Document.Outline);
                if (at < 0) continue;
                Warn(reference, translation, at, diagnostics);
                Warn(translation, reference, at, diagnostics);
            }
        }
    }

    /// <summary>Where the outlines part, as the translation table shows it: <c>zh line 12, en line 14</c>.</summary>
    public static string Where(ContentPage a, ContentPage b, int at) =>
        $"{a.Language} {LineOf(a, at)}, {b.Language} {LineOf(b, at)}";

    private static void Warn(ContentPage page, ContentPage other, int at, DiagnosticBag diagnostics)
    {
        var source = page.Document.Source.Path;
        var outline = page.Document.Outline;
        var location = at < outline.Count ? new SourceLocation(source, outline[at].Line, 1)
            : outline.Count > 0 ? new SourceLocation(source, outline[^1].Line, 1)
            : SourceLocation.FileOnly(source);
        var otherPath = other.Document.Source.Path;
        var there = at < other.Document.Outline.Count
            ? $"'{otherPath}' line {other.Document.Outline[at].Line} has {Describe(other.Document.Outline[at])}"
            : $"'{otherPath}' has no more headings";
        diagnostics.Warning(DiagnosticCodes.HeadingStructureDiffers, location,
            $"The headings differ from the {other.Language} version from heading {at + 1} on: here {Here(outline, at)}; {there}.",
            "Give both versions the same headings at the same levels: numbered section links (#sec-2-1) and the language switcher match sections by position. " +
            "Until then the switcher falls back to a shared {#id}, else the parent section.");
    }

    private static string Here(IReadOnlyList<SectionHeading> outline, int at) =>
        at < outline.Count ? $"it is {Describe(outline[at])}" : $"the headings end after {outline.Count}";

    private static string Describe(SectionHeading heading) => $"'{new string('#', heading.Level)} {heading.Text}'";

    private static string LineOf(ContentPage page, int at)
    {
        var outline = page.Document.Outline;
        return at < outline.Count ? $"line {outline[at].Line}"
            : outline.Count > 0 ? $"ends after line {outline[^1].Line}"
            : "no headings";
    }
}

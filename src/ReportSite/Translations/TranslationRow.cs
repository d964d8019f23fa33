namespace ReportSite.Translations;

/// <summary>One chapter or page in the translation status table.</summary>
/// <param name="Number">Chapter number (0 for pages).</param>
/// <param name="Title">Title in the site's default language, else in any language.</param>
/// <param name="Files">Source path per language code; null where that language has no version.</param>
/// <param name="State">The status.</param>
/// <param name="Note">Why, for stale and possibly stale rows.</param>
/// <param name="HeadingsDiffer">
/// Where a translation's headings part from its reference version's (<c>zh line 12, en line 14</c>,
/// as warning RS0504 reports it); empty when every version has the same heading structure.
/// </param>
public sealed record TranslationRow(
    int Number, string Title, IReadOnlyDictionary<string, string?> Files, TranslationState State, string Note, string HeadingsDiffer = "");

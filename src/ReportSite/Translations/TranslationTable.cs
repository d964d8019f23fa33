namespace ReportSite.Translations;

/// <summary>The translation status of one report's chapters (or of the standalone pages).</summary>
/// <param name="Heading">The report's title and id, or "Pages".</param>
/// <param name="Rows">One row per chapter, in reading order.</param>
public sealed record TranslationTable(string Heading, IReadOnlyList<TranslationRow> Rows);

namespace ReportSite.Data;

/// <summary>The data a build publishes besides content: tables, the glossary, and the numbered tables and figures of each page.</summary>
/// <param name="Tables">Data tables by name.</param>
/// <param name="Glossary">The glossary, if the site has one.</param>
/// <param name="Figures">Tables and figures per page (input path), in page order.</param>
public sealed record SiteData(
    IReadOnlyDictionary<string, DataTable> Tables,
    Glossary? Glossary,
    IReadOnlyDictionary<string, IReadOnlyList<FigureEntry>> Figures);

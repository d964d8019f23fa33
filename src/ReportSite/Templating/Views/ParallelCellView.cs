namespace ReportSite.Templating.Views;

/// <summary>
/// One language's part of a row: its HTML (ids prefixed with the language), or, when this version has
/// no such section, null and <see cref="Missing"/>: the note saying so in the page's language.
/// </summary>
internal sealed record ParallelCellView(string HtmlLang, HtmlFragment? Content, string Missing);

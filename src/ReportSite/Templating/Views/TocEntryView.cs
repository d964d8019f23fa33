namespace ReportSite.Templating.Views;

/// <summary>A table of contents entry with its sub-entries.</summary>
/// <param name="Id">The section's id.</param>
/// <param name="Text">The heading's plain text (a formula as its TeX).</param>
/// <param name="Html">The heading as the entry shows it, escaped: formulas as MathML, cross-references by their numbered names.</param>
/// <param name="Children">Its sub-entries.</param>
internal sealed record TocEntryView(string Id, string Text, string Html, IReadOnlyList<TocEntryView> Children);

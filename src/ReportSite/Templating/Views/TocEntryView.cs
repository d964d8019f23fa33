namespace ReportSite.Templating.Views;

/// <summary>A table of contents entry with its sub-entries.</summary>
internal sealed record TocEntryView(string Id, string Text, IReadOnlyList<TocEntryView> Children);

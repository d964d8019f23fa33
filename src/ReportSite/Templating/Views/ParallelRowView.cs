namespace ReportSite.Templating.Views;

/// <summary>
/// A row of a side-by-side view, one cell per column: the text before the first heading
/// (<c>intro</c>), a section (<c>section</c>, <see cref="Section"/> its numbered id), or the footnotes (<c>notes</c>).
/// </summary>
internal sealed record ParallelRowView(string Kind, string Section, IReadOnlyList<ParallelCellView> Cells);

namespace ReportSite.Data;

/// <summary>A numbered table, figure (chart or image) or box, for a report's list of tables and figures.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="NumberLabel">"表3-1" / "Figure 3-1" / "专栏3-1".</param>
/// <param name="Caption">Its caption (a box's title; empty for a box without one).</param>
/// <param name="SourcePath">The chapter or page it is in (input path).</param>
/// <param name="Anchor">Its id in that page.</param>
public sealed record FigureEntry(Markdown.Numbering.NumberedKind Kind, string NumberLabel, string Caption, string SourcePath, string Anchor);

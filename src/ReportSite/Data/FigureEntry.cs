namespace ReportSite.Data;

/// <summary>A numbered table or figure, for a report's list of tables and figures.</summary>
/// <param name="IsTable">True for a table, false for a chart.</param>
/// <param name="NumberLabel">"表3-1" / "Figure 3-1".</param>
/// <param name="Caption">Its caption.</param>
/// <param name="SourcePath">The chapter or page it is in (input path).</param>
/// <param name="Anchor">Its id in that page.</param>
public sealed record FigureEntry(bool IsTable, string NumberLabel, string Caption, string SourcePath, string Anchor);

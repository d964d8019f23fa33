namespace ReportSite.Markdown.DataBlocks;

/// <summary>A data table ready to write as HTML: header cells, then rows of display text with sort values.</summary>
internal sealed record TableContent(IReadOnlyList<TableContent.Header> Headers, IReadOnlyList<IReadOnlyList<TableContent.Cell>> Rows)
{
    /// <param name="Text">Column label, with its unit.</param>
    /// <param name="Numeric">Right-aligned and sorted as numbers.</param>
    public sealed record Header(string Text, bool Numeric);

    /// <param name="Text">What the reader sees, formatted for the page's language.</param>
    /// <param name="SortValue">The raw value the sorting script compares (invariant number or text).</param>
    /// <param name="Numeric">Right-aligned.</param>
    public sealed record Cell(string Text, string SortValue, bool Numeric);
}

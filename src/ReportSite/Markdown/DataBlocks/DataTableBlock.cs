using Markdig.Syntax;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>A <c>```datatable</c> block after it was resolved against its data: everything its renderer writes.</summary>
internal sealed class DataTableBlock() : LeafBlock(null)
{
    public required string Id { get; init; }

    /// <summary>The data table's name, written as <c>data-source</c> so the table can be traced to its file.</summary>
    public required string Source { get; init; }

    /// <summary>"表3-1" or "Table 3-1".</summary>
    public required string NumberLabel { get; init; }
    public required string Caption { get; init; }
    public required string Note { get; init; }
    public required TableContent Table { get; init; }
    public required string CsvUrl { get; init; }
    public required string DownloadLabel { get; init; }
}

using Markdig.Syntax;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>A <c>```chart</c> block after it was resolved: the SVG drawn at build time and its data as a table.</summary>
internal sealed class ChartBlock() : LeafBlock(null)
{
    public required string Id { get; init; }

    /// <summary>The data table's name, written as <c>data-source</c> so the table can be traced to its file.</summary>
    public required string Source { get; init; }

    /// <summary>"图3-1" or "Figure 3-1".</summary>
    public required string NumberLabel { get; init; }
    public required string Caption { get; init; }
    public required string Note { get; init; }
    public required string Svg { get; init; }

    /// <summary>The plotted values as a table, for screen readers and anyone who wants the numbers.</summary>
    public required TableContent Data { get; init; }
    public required string DataLabel { get; init; }
    public required string CsvUrl { get; init; }
    public required string DownloadLabel { get; init; }
}

namespace ReportSite.Markdown.DataBlocks;

/// <summary>
/// A data block's number on its page, given where its fence is parsed (<see cref="DataBlockExtension"/>):
/// tables and charts are numbered apart, in document order. Links may point at its id from Parse on;
/// the data stage gives the block the fence becomes the same id and number.
/// </summary>
internal sealed record DataBlockId(bool IsTable, int Ordinal)
{
    /// <summary>The element id, e.g. <c>table-2</c> or <c>figure-1</c>.</summary>
    public string Id => (IsTable ? "table-" : "figure-") + Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

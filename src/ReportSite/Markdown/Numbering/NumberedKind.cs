namespace ReportSite.Markdown.Numbering;

/// <summary>What a numbered element of a chapter is: each kind is counted on its own ("表3-1", "图3-1", "专栏3-1").</summary>
public enum NumberedKind
{
    /// <summary>A data table (<c>```datatable</c>).</summary>
    Table,

    /// <summary>A chart (<c>```chart</c>); image figures are counted with them.</summary>
    Figure,

    /// <summary>A box (专栏) set off from the text.</summary>
    Box,
}

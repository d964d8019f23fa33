namespace ReportSite.Data.Charts;

/// <summary>The chart types a <c>```chart</c> block can draw.</summary>
internal enum ChartKind
{
    /// <summary>One horizontal bar per row.</summary>
    Bar,

    /// <summary>Several series side by side for each row.</summary>
    Grouped,

    /// <summary>Several series end to end for each row.</summary>
    Stacked,
}

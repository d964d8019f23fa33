namespace ReportSite.Data.Charts;

/// <summary>What to draw: categories down the side, series of values across, labels in the reader's language.</summary>
/// <param name="Id">Prefix for element ids inside the SVG, unique in the page.</param>
/// <param name="Kind">Bar, grouped or stacked.</param>
/// <param name="Title">Text of the SVG's title.</param>
/// <param name="Description">Text of the SVG's desc: what the chart shows, in words.</param>
/// <param name="Categories">Row labels, top to bottom.</param>
/// <param name="Series">Values per series.</param>
/// <param name="AxisLabel">Title of the value axis (with unit).</param>
/// <param name="Format">Formats a value for the labels.</param>
/// <param name="FormatTick">Formats an axis tick (round numbers, fewer decimals).</param>
internal sealed record ChartSpec(
    string Id,
    ChartKind Kind,
    string Title,
    string Description,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string AxisLabel,
    Func<double, string> Format,
    Func<double, string> FormatTick);

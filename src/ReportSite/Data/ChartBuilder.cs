using System.Globalization;
using ReportSite.Data.Charts;
using ReportSite.Markdown.DataBlocks;

namespace ReportSite.Data;

/// <summary>
/// Turns a <c>```chart</c> request into a <see cref="ChartBlock"/>: <c>type=bar value=total</c> draws one
/// bar per row; <c>type=grouped</c> or <c>stacked</c> with <c>series=a,b,c</c> draws several per row.
/// </summary>
internal static class ChartBuilder
{
    public static ChartBlock? Build(BlockRequest request, DataTable table, string language, DataLabels labels,
        string id, string numberLabel, string caption, string csvUrl)
    {
        if (!Enum.TryParse<ChartKind>(request["type"] ?? "bar", ignoreCase: true, out var kind))
        {
            request.Error($"Chart type '{request["type"]}' is not known.", "Use type=bar, type=grouped or type=stacked.");
            return null;
        }
        var label = request["label"] ?? table.Columns.FirstOrDefault(c => !c.IsNumeric)?.Key;
        var values = kind == ChartKind.Bar ? request["value"] : request["series"];
        if (label is null || values is null)
        {
            request.Error(kind == ChartKind.Bar ? "A bar chart needs value=COLUMN." : $"A {kind.ToString().ToLowerInvariant()} chart needs series=COLUMN,COLUMN,...",
                "Name the numeric columns to plot, and label=COLUMN for the text column that names each row.");
            return null;
        }
        var selection = request.Select(table, $"{label},{values}", labels);
        if (selection is null || selection.Columns.Count < 2) return null;
        var category = selection.Columns[0];
        var series = selection.Columns.Skip(1).ToList();
        if (category.IsNumeric || series.Any(c => !c.IsNumeric))
        {
            request.Error("A chart plots numeric columns against a text column.", "label= names a text column; value= or series= name number or percent columns.");
            return null;
        }
        request.ReportIfEmpty(selection, series, "draws no bars");

        var categories = selection.Rows.Select(r => r[category.Key].Text?.Get(language) ?? "").ToList();
        var spec = new ChartSpec(
            id + "-svg",
            kind,
            $"{numberLabel} {caption}",
            Describe(categories, series, language, labels.ListSeparator),
            categories,
            series.Select(c => new ChartSeries(c.Key, c.Label.Get(language), selection.Rows.Select(r => r[c.Key].Number).ToList())).ToList(),
            series.Count == 1 ? labels.Header(series[0], language) : AxisLabel(series, language, labels),
            value => labels.Numbers.Format(value, series[0]),
            // As many decimals as the tick has (0.000000002 on a small axis), grouped like the values.
            tick => tick.ToString("#,0.###############", labels.Numbers.Culture));
        return new ChartBlock
        {
            Id = id,
            Source = table.Name,
            NumberLabel = numberLabel,
            Caption = caption,
            Note = table.Note.Get(language),
            Svg = HorizontalBarChart.Render(spec, HorizontalBarChart.Layout.Wide) + "\n" + HorizontalBarChart.Render(spec, HorizontalBarChart.Layout.Compact),
            Data = DataTableBuilder.Content(selection, language, labels),
            DataLabel = labels.ChartData,
            CsvUrl = csvUrl,
            DownloadLabel = labels.Download,
        };
    }

    /// <summary>The shared unit of the series, if they have one, as the value axis title.</summary>
    private static string AxisLabel(List<DataColumn> series, string language, DataLabels labels)
    {
        var units = series.Select(c => c.Unit.Get(language)).Distinct().ToList();
        return units.Count == 1 ? units[0] : "";
    }

    /// <summary>A sentence for the SVG's desc: which values for which rows.</summary>
    private static string Describe(List<string> categories, List<DataColumn> series, string language, string separator)
    {
        return string.Join(separator, series.Select(c => c.Label.Get(language))) + ": " + string.Join(separator, categories) + ".";
    }
}

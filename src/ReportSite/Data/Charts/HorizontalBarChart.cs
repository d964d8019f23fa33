using System.Globalization;
using System.Net;
using System.Text;

namespace ReportSite.Data.Charts;

/// <summary>
/// Draws a horizontal bar chart (single, grouped or stacked) as standalone SVG at build time. Text
/// uses <c>currentColor</c>, so the chart follows the page's colour scheme; every bar carries its
/// value in <c>data-value</c> and, where it fits, as a label. Drawn at two widths: the wide one
/// for larger screens, the compact one so that text stays legible on a phone.
/// </summary>
internal static class HorizontalBarChart
{
    private const double Right = 56, Top = 12, BarHeight = 18, SeriesBarHeight = 12, RowGap = 12, AxisHeight = 54;
    private static readonly string[] Palette = ["#1d6fb8", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7f7f7f", "#f0e442"];

    /// <summary>Width of the drawing and columns of the legend.</summary>
    public sealed record Layout(string Name, double Width, int LegendColumns, double MaxLabelWidth)
    {
        public static readonly Layout Wide = new("wide", 720, 3, 240);
        public static readonly Layout Compact = new("compact", 400, 2, 130);
    }

    public static string Render(ChartSpec spec, Layout layout)
    {
        var (width, id) = (layout.Width, $"{spec.Id}-{layout.Name}");
        var legendRows = spec.Series.Count > 1 ? (int)Math.Ceiling(spec.Series.Count / (double)layout.LegendColumns) : 0;
        var legendHeight = legendRows * 22;
        var left = Math.Clamp(spec.Categories.Select(TextWidth).DefaultIfEmpty(0).Max() + 16, 60, layout.MaxLabelWidth);
        var rowHeight = spec.Kind == ChartKind.Grouped ? spec.Series.Count * SeriesBarHeight + 2 : BarHeight;
        var plotTop = Top + legendHeight;
        var plotHeight = spec.Categories.Count * (rowHeight + RowGap);
        var height = plotTop + plotHeight + AxisHeight;
        var ticks = NiceScale.Ticks(MaxValue(spec));
        var scale = (width - left - Right) / ticks[^1];

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart__svg chart__svg--{layout.Name}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">"));
        svg.Append($"<title id=\"{id}-title\">{Escape(spec.Title)}</title><desc id=\"{id}-desc\">{Escape(spec.Description)}</desc>");
        svg.Append("<g font-size=\"12\" fill=\"currentColor\">");
        Legend(svg, spec, left, width, layout.LegendColumns);
        Grid(svg, ticks, scale, left, plotTop, plotHeight, spec.FormatTick);
        for (var row = 0; row < spec.Categories.Count; row++)
        {
            var y = plotTop + row * (rowHeight + RowGap) + RowGap / 2;
            svg.Append(Invariant($"<text x=\"{left - 8:0.##}\" y=\"{y + rowHeight / 2 + 4:0.#}\" text-anchor=\"end\" class=\"chart__category\">{Escape(Fit(spec.Categories[row], left - 12))}</text>"));
            Bars(svg, spec, row, left, y, scale, width - left - Right);
        }
        svg.Append(Invariant($"<text x=\"{left + (width - left - Right) / 2:0.#}\" y=\"{height - 8}\" text-anchor=\"middle\" class=\"chart__axis-label\">{Escape(spec.AxisLabel)}</text>"));
        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static void Bars(StringBuilder svg, ChartSpec spec, int row, double left, double y, double scale, double plotWidth)
    {
        var x = left;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            // Data files hold only values in range; anything else given here is drawn as missing, not as NaN.
            if (series.Values[row] is not { } value || !double.IsFinite(value)) continue;
            var length = Math.Clamp(value * scale, 0, plotWidth);
            var (barX, barY, barHeight) = spec.Kind switch
            {
                ChartKind.Grouped => (left, y + s * SeriesBarHeight, SeriesBarHeight - 1),
                ChartKind.Stacked => (x, y, BarHeight),
                _ => (left, y, BarHeight),
            };
            svg.Append(Invariant($"<rect x=\"{barX:0.##}\" y=\"{barY:0.##}\" width=\"{length:0.##}\" height=\"{barHeight:0.##}\" fill=\"{Palette[s % Palette.Length]}\" data-series=\"{Escape(series.Key)}\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\">"));
            svg.Append($"<title>{Escape(spec.Categories[row])} · {Escape(series.Name)}: {Escape(spec.Format(value))}</title></rect>");
            if (spec.Kind != ChartKind.Stacked)
                svg.Append(Invariant($"<text x=\"{barX + length + 4:0.##}\" y=\"{barY + barHeight / 2 + (spec.Kind == ChartKind.Grouped ? 3.5 : 4):0.##}\" font-size=\"{(spec.Kind == ChartKind.Grouped ? 10 : 11)}\" class=\"chart__value\">{Escape(spec.Format(value))}</text>"));
            x += length;
        }
        if (spec.Kind == ChartKind.Stacked)
        {
            var total = Total(spec, row);
            if (double.IsFinite(total)) svg.Append(Invariant($"<text x=\"{x + 4:0.##}\" y=\"{y + BarHeight / 2 + 4:0.##}\" font-size=\"11\" class=\"chart__value chart__total\">{Escape(spec.Format(total))}</text>"));
        }
    }

    private static void Legend(StringBuilder svg, ChartSpec spec, double left, double width, int columns)
    {
        if (spec.Series.Count < 2) return;
        var start = columns < 3 ? 8 : left;
        var columnWidth = (width - start - 8) / columns;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var x = start + s % columns * columnWidth;
            var y = Top + s / columns * 22;
            svg.Append(Invariant($"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Length]}\"/>"));
            svg.Append(Invariant($"<text x=\"{x + 17:0.##}\" y=\"{y + 11}\" class=\"chart__legend\">{Escape(Fit(spec.Series[s].Name, columnWidth - 22))}</text>"));
        }
    }

    private static void Grid(StringBuilder svg, IReadOnlyList<double> ticks, double scale, double left, double top, double height, Func<double, string> format)
    {
        foreach (var tick in ticks)
        {
            var x = left + tick * scale;
            svg.Append(Invariant($"<line x1=\"{x:0.##}\" y1=\"{top}\" x2=\"{x:0.##}\" y2=\"{top + height}\" stroke=\"currentColor\" stroke-opacity=\"{(tick == 0 ? 0.6 : 0.15)}\"/>"));
            svg.Append(Invariant($"<text x=\"{x:0.##}\" y=\"{top + height + 16}\" text-anchor=\"middle\" font-size=\"11\" class=\"chart__tick\">{Escape(format(tick))}</text>"));
        }
    }

    private static double MaxValue(ChartSpec spec) => spec.Kind == ChartKind.Stacked
        ? Enumerable.Range(0, spec.Categories.Count).Select(r => Total(spec, r)).Where(double.IsFinite).DefaultIfEmpty(0).Max()
        : spec.Series.SelectMany(s => s.Values).OfType<double>().Where(double.IsFinite).DefaultIfEmpty(0).Max();

    private static double Total(ChartSpec spec, int row) => spec.Series.Sum(s => s.Values[row] is { } v && double.IsFinite(v) ? v : 0);

    /// <summary>The text, shortened with an ellipsis to fit <paramref name="width"/> (the full text is in the data table).</summary>
    private static string Fit(string text, double width)
    {
        if (TextWidth(text) <= width) return text;
        var fitted = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (TextWidth(fitted.ToString() + rune) + 8 > width) break;
            fitted.Append(rune.ToString());
        }
        return fitted.ToString().TrimEnd() + "…";
    }

    /// <summary>Estimated width in SVG units at font size 12: CJK characters are about twice as wide as Latin ones.</summary>
    private static double TextWidth(string text) => text.EnumerateRunes().Sum(r => Markdown.TextLength.IsCjk(r) ? 12.5 : 6.8);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Diagnostics;
using System.Globalization;
using CsCheck;
using ReportSite.Configuration;
using ReportSite.Data;
using ReportSite.Data.Charts;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Data.Charts;

/// <summary>
/// Numbers near the limits of double (issue 18), property-based (CsCheck): random values of every class
/// (subnormal, huge, negative zero, NaN, infinities) and options reach the chart and table builders
/// either as doubles or as text in a data file. Every call ends within a second, nothing throws, and
/// nothing drawn or written holds NaN or Infinity.
/// </summary>
public class ChartPropertyTests
{
    private static readonly double[] Edges =
    [
        0, -0.0, double.Epsilon, -double.Epsilon, 5e-324, 2.2250738585072014E-308, 1e-300, 1e-10, 1e-9, 1.5e-9, 1,
        0.1, 0.3, 1e15, 1e15 + 1, 9.9e14, 1e300, 1e308, double.MaxValue, double.MinValue, -1, double.NaN,
        double.PositiveInfinity, double.NegativeInfinity,
    ];

    private static readonly Gen<double> AnyDouble = Gen.OneOf<double>(Gen.OneOf<double>(Edges), Gen.Double, Gen.Double[-1e16, 1e16], Gen.Double[-1e-8, 1e-8]);

    private static readonly string[] Written = ["NaN", "nan", "Infinity", "-Infinity", "∞", "1e999", "-1e999", "1e-400", "5e-324", "-0", "-0.0", "0x10", "1_000", ""];

    private static readonly Gen<string> AnyValueText = Gen.OneOf<string>(Gen.OneOf<string>(Written), AnyDouble.Select(d => d.ToString("R", CultureInfo.InvariantCulture)));

    private static readonly DataLabels Labels = new("Table {n}", "Figure {n}", "Box {n}", "Download", "Data", "{label} ({unit})", ", ", NumberFormatter.For("en"));

    [Fact]
    public void Any_doubles_drawn_as_a_chart_end_quickly_and_draw_no_NaN_or_Infinity()
    {
        Gen.Select(AnyDouble.Array[1, 4].Array[1, 3], Gen.Enum<ChartKind>(), Gen.Int[0, 15]).Sample((series, kind, decimals) =>
        {
            var rows = series.Min(s => s.Length);
            var column = new DataColumn("v", LocalizedText.Same("V"), ColumnType.Number, decimals, LocalizedText.Empty);
            var spec = new ChartSpec("c", kind, "t", "d", Enumerable.Range(0, rows).Select(r => $"row {r}").ToList(),
                series.Select((values, s) => new ChartSeries($"s{s}", $"S{s}", values.Take(rows).Select(v => (double?)v).ToList())).ToList(),
                "axis", value => Labels.Numbers.Format(value, column), tick => tick.ToString("#,0.###############", CultureInfo.InvariantCulture));
            var svg = Timed(() => HorizontalBarChart.Render(spec, HorizontalBarChart.Layout.Wide) + HorizontalBarChart.Render(spec, HorizontalBarChart.Layout.Compact));
            AssertFinite(svg);
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Any_number_written_in_a_data_file_is_read_or_refused_and_its_table_and_chart_hold_no_NaN_or_Infinity()
    {
        Gen.Select(AnyValueText.Array[1, 5], Gen.Int[-3, 40]).Sample((values, decimals) =>
        {
            using var temp = new TempDirectory();
            Directory.CreateDirectory(temp.Combine("data"));
            File.WriteAllText(temp.Combine("data/t.yaml"),
                $"title: T\ncolumns:\n  - key: name\n    label: Name\n  - key: v\n    label: V\n    type: number\n    decimals: {decimals}\n");
            File.WriteAllText(temp.Combine("data/t.csv"), "name,v\n" + string.Concat(values.Select((v, i) => $"r{i},{v}\n")));
            var bag = new DiagnosticBag();
            var tables = Timed(() => DataTableLoader.LoadAll(temp.Path, new SortedSet<string>(StringComparer.Ordinal) { "data/t.yaml", "data/t.csv" }, ["en"],
                ReportSite.Content.TextFile.DefaultMaxBytes, bag));
            Assert.All(bag.Sorted(), d => Assert.Contains(d.Code, new[] { "RS0601", "RS0602" }));
            var table = tables["t"];
            Assert.All(table.Rows, r => Assert.True(r["v"].Number is null || DataValue.InRange(r["v"].Number!.Value), $"{r["v"].Number:R} was let in"));
            var content = Timed(() => DataTableBuilder.Content(new DataSelection(table, table.Columns, table.Rows), "en", Labels));
            AssertFinite(string.Join(" ", content.Rows.SelectMany(r => r).Select(c => $"{c.Text} {c.SortValue}")));
            var column = table.Column("v")!;
            var spec = new ChartSpec("c", ChartKind.Stacked, "t", "d", table.Rows.Select((_, i) => $"r{i}").ToList(),
                [new ChartSeries("v", "V", table.Rows.Select(r => r["v"].Number).ToList())], "axis",
                value => Labels.Numbers.Format(value, column), tick => tick.ToString("#,0.###############", CultureInfo.InvariantCulture));
            AssertFinite(Timed(() => HorizontalBarChart.Render(spec, HorizontalBarChart.Layout.Wide)));
        }, iter: 150, threads: 1, print: t => string.Join(" | ", t.Item1) + $" decimals: {t.Item2}");
    }

    private static T Timed<T>(Func<T> call)
    {
        var clock = Stopwatch.StartNew();
        var result = call();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        return result;
    }

    private static void AssertFinite(string text)
    {
        Assert.DoesNotContain("NaN", text);
        Assert.DoesNotContain("Infinity", text);
        Assert.DoesNotContain("∞", text);
    }
}

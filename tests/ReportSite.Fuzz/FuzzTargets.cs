using System.Text;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown;

namespace ReportSite.Fuzz;

/// <summary>
/// What the fuzzer feeds: bytes as a contributor's file. A target may report diagnostics (that is
/// how bad input is meant to end); any exception that escapes is a bug the fuzzer has found.
/// </summary>
public static class FuzzTargets
{
    private const string ChapterPath = "reports/r/en/01-intro.md";
    // Built on first use: instrumented code must not run before the fuzzer has set up its shared memory.
    private static readonly Lazy<DocumentParser> Parser = new(() => new(ReportMarkdownPipeline.Create()));
    private static readonly Lazy<HtmlBodyRenderer> Bodies = new(() => new(ReportMarkdownPipeline.Create()));

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["front-matter"] = FrontMatter,
        ["links"] = Links,
        ["data"] = Data,
    };

    private const string DataSchema =
        "title: T\ncolumns:\n  - key: name\n    label: Name\n  - key: v\n    label: V\n    type: number\n  - key: p\n    label: P\n    type: percent\n";

    /// <summary>
    /// A data table's CSV read against a fixed schema, then shown as a table and drawn as a stacked
    /// chart. Beyond exceptions, a NaN or Infinity in what is drawn or written is a finding too.
    /// </summary>
    public static void Data(byte[] input)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportsite-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            File.WriteAllText(Path.Combine(folder, "data/t.yaml"), DataSchema);
            File.WriteAllBytes(Path.Combine(folder, "data/t.csv"), input);
            var tables = ReportSite.Data.DataTableLoader.LoadAll(folder, new SortedSet<string>(StringComparer.Ordinal) { "data/t.yaml", "data/t.csv" },
                ["en"], TextFile.DefaultMaxBytes, new DiagnosticBag());
            if (!tables.TryGetValue("t", out var table)) return;
            var labels = new ReportSite.Data.DataLabels("Table {n}", "Figure {n}", "Box {n}", "Download", "Data", "{label} ({unit})", ", ", ReportSite.Data.NumberFormatter.For("en"));
            var content = ReportSite.Data.DataTableBuilder.Content(new ReportSite.Data.DataSelection(table, table.Columns, table.Rows), "en", labels);
            var numeric = table.Columns.Where(c => c.IsNumeric).ToList();
            var spec = new ReportSite.Data.Charts.ChartSpec("c", ReportSite.Data.Charts.ChartKind.Stacked, "t", "d",
                table.Rows.Select((_, i) => $"r{i}").ToList(),
                numeric.Select(c => new ReportSite.Data.Charts.ChartSeries(c.Key, c.Key, table.Rows.Select(r => r[c.Key].Number).ToList())).ToList(),
                "axis", value => labels.Numbers.Format(value, numeric[0]), tick => tick.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            var drawn = ReportSite.Data.Charts.HorizontalBarChart.Render(spec, ReportSite.Data.Charts.HorizontalBarChart.Layout.Wide)
                + string.Join(" ", content.Rows.SelectMany(r => r).Select(c => c.Text + " " + c.SortValue));
            if (drawn.Contains("NaN", StringComparison.Ordinal) || drawn.Contains("Infinity", StringComparison.Ordinal))
                throw new InvalidOperationException("A table or chart holds NaN or Infinity.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The front matter splitter and YAML reader on a whole chapter file.</summary>
    public static void FrontMatter(byte[] input) =>
        FrontMatterParser.Parse(TextFile.Normalize(Encoding.UTF8.GetString(input)), ChapterPath, new DiagnosticBag());

    /// <summary>A chapter's body parsed, its links rewritten (script URLs removed) and rendered with raw HTML sanitised.</summary>
    public static void Links(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        var source = new SourceDocument
        {
            Path = ChapterPath, Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "01-intro",
            FrontMatter = Content.FrontMatter.None, BodyFirstLine = 1, ContentHash = "",
        };
        var parsed = Parser.Value.Parse(new MarkdownText(source, TextFile.Normalize(Encoding.UTF8.GetString(input))), diagnostics);
        var page = new ContentPage
        {
            Document = parsed.Document, Slug = "intro", Number = 1, Order = 1, SitePath = "en/r/intro/", TranslationGroup = "chapter:r:01-intro",
        };
        var rewriter = new LinkRewriter(new Dictionary<string, ContentPage> { [ChapterPath] = page },
            new SortedSet<string>(StringComparer.Ordinal) { ChapterPath, "reports/r/images/a.png" }, new Dictionary<string, UnpublishedReason>(), new UrlBuilder("/"), new MediaCollector());
        rewriter.Rewrite(page, parsed.Body, diagnostics);
        Bodies.Value.Render(parsed.Body);
    }
}

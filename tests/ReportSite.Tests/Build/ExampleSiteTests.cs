using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Build;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Build;

/// <summary>Builds the example site in input/ once, under a base path, as a GitHub Pages project site would be.</summary>
public sealed class ExampleSiteFixture : IDisposable
{
    public const string BasePath = "/report-site/";

    /// <summary>The repository the Pages workflow passes as --repo-url (its own address there).</summary>
    public const string RepoUrl = "https://github.com/example/report-site";
    private readonly TempDirectory _temp = new();

    public ExampleSiteFixture()
    {
        Output = _temp.Combine("_site");
        Result = new SiteBuilder().Build(new BuildOptions
        {
            InputDirectory = RepoPaths.ExampleInput,
            OutputDirectory = Output,
            BaseUrl = BasePath,
            RepoUrl = RepoUrl,
            ThemeSearchPaths = [RepoPaths.Themes],
        });
        var parser = new HtmlParser();
        Pages = Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)))
            : [];
    }

    public string Output { get; }
    public BuildResult Result { get; }

    /// <summary>Every HTML page of the output by its path relative to the output folder.</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

    public void Dispose() => _temp.Dispose();
}

/// <summary>End to end: the example site builds cleanly and a reader can follow every link in it.</summary>
public class ExampleSiteTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    private static readonly string[] Languages = ["zh", "en"];

    [Fact]
    public void Every_chapter_and_page_links_to_its_own_source_file_for_editing()
    {
        var prefix = ExampleSiteFixture.RepoUrl + "/edit/main/";
        var edits = site.Pages.Select(p => (Page: p.Key, Link: p.Value.QuerySelector("a.article__edit")?.GetAttribute("href"))).Where(e => e.Link is not null).ToList();
        Assert.True(edits.Count >= 40, $"{edits.Count} pages link to their source");
        Assert.All(edits, e =>
        {
            Assert.StartsWith(prefix, e.Link);
            var file = Path.Combine(RepoPaths.Root, Uri.UnescapeDataString(e.Link![prefix.Length..]));
            Assert.True(File.Exists(file), $"{e.Page} links to {e.Link}, which is no file of the repository");
            // The file is this page's source: its title is the page's.
            var title = site.Pages[e.Page].QuerySelector("main h1")!.TextContent.Trim();
            Assert.Contains(title, File.ReadAllText(file));
        });
        // Every chapter and page has one; the generated pages (home, report index, search) none.
        Assert.Null(site.Pages["zh/index.html"].QuerySelector("a.article__edit"));
        Assert.Null(site.Pages["zh/world-internet-2024/index.html"].QuerySelector("a.article__edit"));
        Assert.NotNull(site.Pages["zh/world-internet-2024/overview/index.html"].QuerySelector("a.article__edit"));
    }

    [Fact]
    public void Example_site_builds_without_errors_or_warnings()
    {
        Assert.True(site.Result.Diagnostics.Count == 0, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void Homes_report_indexes_root_and_404_exist()
    {
        foreach (var page in new[] { "index.html", "404.html", "zh/index.html", "en/index.html" })
            Assert.Contains(page, site.Pages.Keys);
        foreach (var report in ReportIds())
            foreach (var language in Languages)
                Assert.Contains($"{language}/{report}/index.html", site.Pages.Keys);
    }

    /// <summary>The short sample edition that shows editions; its chapters are sample text, not a real report's.</summary>
    private const string SampleEdition = "world-internet-2023";

    [Fact]
    public void Every_report_has_at_least_eight_chapters_in_both_languages_and_all_are_built()
    {
        var reports = ReportIds();
        Assert.True(reports.Count(r => r != SampleEdition) >= 2, "the example site publishes two real reports");
        foreach (var report in reports)
        {
            var zh = ChapterFiles(report, "zh");
            var en = ChapterFiles(report, "en");
            if (report == SampleEdition)
                Assert.Equal(2, zh.Count);
            else
                Assert.True(zh.Count >= 8, $"{report} has {zh.Count} Chinese chapters");
            Assert.Equal(zh, en);
            foreach (var language in Languages)
                foreach (var file in zh)
                {
                    var slug = ReportSite.Linking.ContentOrdering.Slug(Path.GetFileNameWithoutExtension(file));
                    Assert.Contains($"{language}/{report}/{slug}/index.html", site.Pages.Keys);
                }
        }
    }

    [Fact]
    public void The_sample_2023_edition_shares_its_chapter_files_with_2024_and_says_it_is_sample_text_in_both_languages()
    {
        var files2024 = ChapterFiles("world-internet-2024", "zh");
        foreach (var language in Languages)
        {
            var files = ChapterFiles(SampleEdition, language);
            Assert.All(files, f => Assert.Contains(f, files2024));
            var index = site.Pages[$"{language}/{SampleEdition}/index.html"];
            Assert.Contains(language == "zh" ? "示例文本" : "Sample text", index.QuerySelector(".report-header__summary")!.TextContent);
            foreach (var file in files)
            {
                var slug = ReportSite.Linking.ContentOrdering.Slug(Path.GetFileNameWithoutExtension(file));
                var page = site.Pages[$"{language}/{SampleEdition}/{slug}/index.html"];
                // The notice comes first in the text, before any section.
                var first = page.QuerySelector(".article .prose")!.FirstElementChild!;
                Assert.Contains("callout--warning", first.ClassName);
                Assert.Contains(language == "zh" ? "示例文本" : "Sample text", first.TextContent);
                // Each chapter links the same chapter of the 2024 edition, and back.
                Assert.Equal($"/report-site/{language}/world-internet-2024/{slug}/", page.QuerySelector(".article__editions a")!.GetAttribute("href"));
                Assert.Equal($"/report-site/{language}/{SampleEdition}/{slug}/",
                    site.Pages[$"{language}/world-internet-2024/{slug}/index.html"].QuerySelector(".article__editions a")!.GetAttribute("href"));
            }
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var broken = new List<string>();
        foreach (var (path, document) in site.Pages)
        {
            var pageUrl = ExampleSiteFixture.BasePath + (path.EndsWith("index.html") ? path[..^"index.html".Length] : path);
            foreach (var (element, attribute) in References(document))
            {
                var value = element.GetAttribute(attribute)!;
                if (value.StartsWith("http:") || value.StartsWith("https:") || value.StartsWith("mailto:")) continue;
                var target = new Uri(new Uri("http://host" + pageUrl), value);
                var targetPath = Uri.UnescapeDataString(target.AbsolutePath);
                if (!targetPath.StartsWith(ExampleSiteFixture.BasePath))
                {
                    broken.Add($"{path}: {value} is outside the base path");
                    continue;
                }
                var file = targetPath[ExampleSiteFixture.BasePath.Length..];
                if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
                if (!File.Exists(Path.Combine(site.Output, file)))
                {
                    broken.Add($"{path}: {value} -> missing {file}");
                    continue;
                }
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (fragment.Length > 0 && site.Pages.TryGetValue(file, out var targetDocument) && targetDocument.GetElementById(fragment) is null)
                    broken.Add($"{path}: {value} -> no element #{fragment} in {file}");
            }
        }
        Assert.True(broken.Count == 0, $"{broken.Count} broken links:\n" + string.Join("\n", broken.Take(50)));
    }

    [Fact]
    public void Language_switch_links_land_on_the_paired_chapter_with_the_same_sections()
    {
        var chapters = site.Pages.Where(p => p.Value.Body!.ClassList.Contains("kind-chapter")).ToList();
        Assert.NotEmpty(chapters);
        foreach (var (path, document) in chapters)
        {
            var language = path[..2];
            var other = language == "zh" ? "en" : "zh";
            var link = document.QuerySelector($".language-switcher a[hreflang=\"{(other == "zh" ? "zh-CN" : "en")}\"]");
            Assert.True(link is not null, $"{path} has no switch to {other}");
            Assert.True(link.HasAttribute("data-keep-section"), $"{path}: the {other} version should exist");
            var targetPath = link.GetAttribute("href")![ExampleSiteFixture.BasePath.Length..] + "index.html";
            Assert.Equal(other + path[2..], targetPath);

            var target = site.Pages[targetPath];
            var back = target.QuerySelector($".language-switcher a[hreflang=\"{(language == "zh" ? "zh-CN" : "en")}\"]")!;
            Assert.Equal(ExampleSiteFixture.BasePath + path[..^"index.html".Length], back.GetAttribute("href"));
            Assert.Equal(SectionIds(document), SectionIds(target));
        }
    }

    [Fact]
    public void Example_content_uses_tables_footnotes_images_and_cross_chapter_links()
    {
        var prose = site.Pages.Values.Select(d => d.QuerySelector(".prose")).OfType<AngleSharp.Dom.IElement>().ToList();
        foreach (var language in Languages)
        {
            var inLanguage = site.Pages.Where(p => p.Key.StartsWith(language + "/")).Select(p => p.Value.QuerySelector(".prose")).OfType<AngleSharp.Dom.IElement>().ToList();
            Assert.Contains(inLanguage, p => p.QuerySelector("table") is not null);
            Assert.Contains(inLanguage, p => p.QuerySelector(".footnotes") is not null);
            Assert.Contains(inLanguage, p => p.QuerySelector("img") is not null);
            Assert.Contains(inLanguage, p => p.QuerySelectorAll("p a").Any(a => a.GetAttribute("href")!.StartsWith($"{ExampleSiteFixture.BasePath}{language}/")));
        }
        Assert.NotEmpty(prose);
    }

    private static IEnumerable<(AngleSharp.Dom.IElement Element, string Attribute)> References(IHtmlDocument document) =>
        document.QuerySelectorAll("a[href]").Select(e => (e, "href"))
            .Concat(document.QuerySelectorAll("link[href]").Select(e => (e, "href")))
            .Concat(document.QuerySelectorAll("img[src], script[src]").Select(e => (e, "src")));

    private static List<string> SectionIds(IHtmlDocument document) =>
        document.QuerySelectorAll(".prose [id^=sec-]").Select(e => e.Id!).ToList();

    private static List<string> ReportIds() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.ExampleInput, "reports")).Select(Path.GetFileName).OfType<string>().Order().ToList();

    private static List<string> ChapterFiles(string report, string language) =>
        Directory.GetFiles(Path.Combine(RepoPaths.ExampleInput, "reports", report, language), "*.md")
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
}

/// <summary>End to end: every data block in input/ became a table or chart, and every plotted number is the data file's.</summary>
public class ExampleSiteDataTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    private static readonly IReadOnlyDictionary<string, ReportSite.Data.DataTable> Tables = LoadTables();

    private static IReadOnlyDictionary<string, ReportSite.Data.DataTable> LoadTables()
    {
        var files = new SortedSet<string>(Directory.EnumerateFiles(RepoPaths.ExampleInput, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.ExampleInput, f).Replace('\\', '/')), StringComparer.Ordinal);
        var bag = new ReportSite.Diagnostics.DiagnosticBag();
        var tables = ReportSite.Data.DataTableLoader.LoadAll(RepoPaths.ExampleInput, files, ["zh", "en"], ReportSite.Content.TextFile.DefaultMaxBytes, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return tables;
    }

    [Fact]
    public void Every_datatable_and_chart_block_in_input_is_rendered()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.ExampleInput, "reports"), "*.md", SearchOption.AllDirectories).ToList();
        var blocks = 0;
        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            var tables = System.Text.RegularExpressions.Regex.Matches(text, "^```datatable", System.Text.RegularExpressions.RegexOptions.Multiline).Count;
            var charts = System.Text.RegularExpressions.Regex.Matches(text, "^```chart", System.Text.RegularExpressions.RegexOptions.Multiline).Count;
            if (tables + charts == 0) continue;
            var parts = Path.GetRelativePath(Path.Combine(RepoPaths.ExampleInput, "reports"), source).Replace('\\', '/').Split('/');
            var page = site.Pages[$"{parts[1]}/{parts[0]}/{ReportSite.Linking.ContentOrdering.Slug(Path.GetFileNameWithoutExtension(parts[2]))}/index.html"];
            Assert.Equal(tables, page.QuerySelectorAll(".prose .data-table table").Length);
            Assert.Equal(charts, page.QuerySelectorAll(".prose figure.chart svg.chart__svg--wide").Length);
            Assert.DoesNotContain(page.QuerySelectorAll("pre code"), c => c.ClassList.Contains("language-datatable") || c.ClassList.Contains("language-chart"));
            blocks += tables + charts;
        }
        Assert.True(blocks >= 6, "the example site shows a table and two charts in each language");
    }

    [Fact]
    public void Every_number_in_the_charts_is_the_data_files()
    {
        var checkedBars = 0;
        foreach (var (path, document) in site.Pages)
        {
            foreach (var chart in document.QuerySelectorAll("figure.chart"))
            {
                // A side-by-side view shows both languages' charts: each in its cell's language.
                var language = chart.Closest("[lang]")!.GetAttribute("lang")![..2];
                var table = Tables[chart.GetAttribute("data-source")!];
                var label = table.Columns.First(c => !c.IsNumeric);
                foreach (var bar in chart.QuerySelectorAll("rect[data-value]"))
                {
                    var category = bar.QuerySelector("title")!.TextContent.Split(" · ")[0];
                    var row = table.Rows.Single(r => r[label.Key].Text!.Get(language) == category);
                    var column = table.Column(bar.GetAttribute("data-series")!)!;
                    Assert.Equal(row[column.Key].Number, double.Parse(bar.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture));
                    var shown = bar.QuerySelector("title")!.TextContent.Split(": ")[^1];
                    Assert.Equal(ReportSite.Data.NumberFormatter.For(language == "zh" ? "zh-CN" : "en").Format(row[column.Key].Number, column), shown);
                    checkedBars++;
                }
            }
        }
        Assert.True(checkedBars > 50, $"only {checkedBars} bars checked");
    }

    [Fact]
    public void Sample_data_is_labelled_illustrative_in_both_languages_and_downloadable()
    {
        foreach (var (language, words) in new[] { ("zh", "示例数据"), ("en", "Illustrative sample data") })
        {
            var page = site.Pages[$"{language}/world-internet-2024/development-index/index.html"];
            var notes = page.QuerySelectorAll(".data-table .data-note, figure.chart .data-note").ToList();
            Assert.Equal(3, notes.Count);
            Assert.All(notes, n => Assert.Contains(words, n.TextContent));
            var csv = notes[0].QuerySelector("a[download]")!.GetAttribute("href")![ExampleSiteFixture.BasePath.Length..];
            var lines = File.ReadAllLines(Path.Combine(site.Output, csv));
            Assert.Equal(53, lines.Length);
        }
    }

    [Fact]
    public void Glossary_has_at_least_20_terms_in_both_languages_and_is_in_the_header()
    {
        foreach (var language in new[] { "zh", "en" })
        {
            var glossary = site.Pages[$"{language}/glossary/index.html"];
            Assert.True(glossary.QuerySelectorAll(".glossary__entry").Length >= 20);
            var home = site.Pages[$"{language}/index.html"];
            Assert.Contains(home.QuerySelectorAll(".site-menu a"), a => a.GetAttribute("href") == $"{ExampleSiteFixture.BasePath}{language}/glossary/");
        }
    }

    [Fact]
    public void Each_report_with_figures_has_a_list_of_tables_and_figures_linking_to_them()
    {
        foreach (var language in new[] { "zh", "en" })
        {
            // The development index: a table, the six-dimensions image and two charts (one count), a box.
            var list = site.Pages[$"{language}/world-internet-2024/tables-and-figures/index.html"];
            var links = list.QuerySelectorAll(".figures-index__chapter li a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(["#table-1", "#figure-1", "#figure-2", "#figure-3", "#box-1"], links.Select(l => l[l.IndexOf('#')..]));
            Assert.All(links, l => Assert.Contains("/development-index/#", l));
            // The China volume's overview: the eight-themes image and a box.
            var china = site.Pages[$"{language}/china-internet-2024/tables-and-figures/index.html"];
            Assert.Equal(["#figure-1", "#box-1"], china.QuerySelectorAll(".figures-index__chapter li a").Select(a => a.GetAttribute("href")![a.GetAttribute("href")!.IndexOf('#')..]));
        }
    }
}

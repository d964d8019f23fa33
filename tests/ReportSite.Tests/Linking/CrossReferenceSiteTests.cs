using ReportSite.Build;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

/// <summary>
/// Cross-references in a built site of two languages: numbers follow the chapters when they move, the
/// same key in two chapters is one error, a key missing in one language is reported there, references
/// reach other reports by their links, search finds the numbered name, and the preview's fast path
/// leaves an edit that renumbers a named element to a full build.
/// </summary>
public class CrossReferenceSiteTests
{
    private const string Data = "\n\n```datatable source=index {#tbl-growth}\n```\n\n```chart source=index label=name value=score {#fig-growth}\n```\n";

    private static Dictionary<string, string> Files() => SiteFiles.Minimal()
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n## 背景\n\n增长见@tbl-growth，趋势见@fig-growth。\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Background\n\nGrowth is in @tbl-growth, the trend in @fig-growth.\n")
        .With("reports/r/zh/02-data.md", "---\ntitle: 数据\n---\n\n## 增长\n\n如@tbl-growth所示。" + Data)
        .With("reports/r/en/02-data.md", "---\ntitle: Data\n---\n\n## Growth\n\nAs @tbl-growth shows." + Data)
        .With("data/index.yaml", "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: score, label: {zh: 得分, en: Score}, type: number}\n")
        .With("data/index.csv", "name,score\n甲,1.5\n乙,2\n");

    private static string[] References(TestSite site, string page) =>
        site.Html(page).QuerySelectorAll(".prose a.xref").Select(a => $"{a.TextContent} {a.GetAttribute("href")}").ToArray();

    [Fact]
    public void Both_languages_name_the_same_element_with_the_same_number_and_follow_it_when_chapters_move()
    {
        using var site = new TestSite(Files());
        site.BuildOk();
        Assert.Equal(["表2-1 /zh/r/data/#table-1", "图2-1 /zh/r/data/#figure-1"], References(site, "zh/r/intro/index.html"));
        Assert.Equal(["Table 2-1 /en/r/data/#table-1", "Figure 2-1 /en/r/data/#figure-1"], References(site, "en/r/intro/index.html"));
        Assert.Equal(["表2-1 #table-1"], References(site, "zh/r/data/index.html"));

        // The data chapter moves to the front: every reference to it says so after the next build.
        foreach (var language in new[] { "zh", "en" })
        {
            var path = Path.Combine(site.Input, $"reports/r/{language}/01-intro.md");
            File.WriteAllText(path, File.ReadAllText(path).Replace("---\n\n", "order: 3\n---\n\n"));
        }
        site.BuildOk();
        Assert.Equal(["表1-1 /zh/r/data/#table-1", "图1-1 /zh/r/data/#figure-1"], References(site, "zh/r/intro/index.html"));
        Assert.Equal(["Table 1-1 /en/r/data/#table-1", "Figure 1-1 /en/r/data/#figure-1"], References(site, "en/r/intro/index.html"));
    }

    [Fact]
    public void A_heading_with_a_reference_or_a_formula_shows_the_numbered_name_and_the_math_in_the_table_of_contents()
    {
        using var site = new TestSite(Files()
            .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n## 背景\n\n正文。\n\n## 关于@tbl-growth与 *$S_{i}$* 指数\n\n增长见@tbl-growth。\n")
            .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Background\n\nText.\n\n## On @tbl-growth and the [$S_{i}$](#sec-1) score\n\nGrowth is in @tbl-growth.\n"));
        site.BuildOk();
        foreach (var (page, before, after) in new[] { ("zh/r/intro/index.html", "关于表2-1与", "指数"), ("en/r/intro/index.html", "On Table 2-1 and the", "score") })
        {
            var entry = site.Html(page).QuerySelectorAll(".toc a")[1];
            Assert.StartsWith(before, entry.TextContent, StringComparison.Ordinal);
            Assert.EndsWith(after, entry.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("@", entry.TextContent, StringComparison.Ordinal);
            var math = Assert.Single(entry.QuerySelectorAll("math"));
            Assert.NotNull(math.QuerySelector("msub"));
            Assert.Empty(entry.QuerySelectorAll("a"));
        }

        // Search shows the section's heading with the reference named, as the page does.
        var index = new SearchIndexReader(site.Output, "zh");
        var headings = Enumerable.Range(0, index.Manifest.GetProperty("sections").GetInt32()).Select(i => index.Fragment(i).GetProperty("h").GetString()).ToList();
        Assert.Contains("关于表2-1与 S_{i} 指数", headings);
    }

    [Fact]
    public void A_key_two_chapters_define_is_one_error_where_it_is_named()
    {
        using var site = new TestSite(Files()
            .With("reports/r/zh/03-more.md", "---\ntitle: 更多\n---\n\n## 更多\n\n正文。\n\n```datatable source=index {#tbl-growth}\n```\n")
            .With("reports/r/en/03-more.md", "---\ntitle: More\n---\n\n## More\n\nText.\n\n```datatable source=index {#tbl-more}\n```\n"));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.AmbiguousReference.Id, "reports/r/zh/01-intro.md", 7, 4), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("reports/r/zh/02-data.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("reports/r/zh/03-more.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("[](02-data.md#tbl-growth)", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_only_one_language_defines_is_missing_in_the_other()
    {
        using var site = new TestSite(Files().With("reports/r/en/02-data.md", "---\ntitle: Data\n---\n\n## Growth\n\nAs the table shows.\n\n```datatable source=index\n```\n\n```chart source=index label=name value=score\n```\n"));
        var result = site.Build();
        Assert.Equal(["RS0230 reports/r/en/01-intro.md:7:14", "RS0230 reports/r/en/01-intro.md:7:40"],
            result.Diagnostics.Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column}"));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Fact]
    public void A_link_with_no_text_names_an_element_of_another_report_in_the_pages_language()
    {
        using var site = new TestSite(Files()
            .With("reports/other/report.yaml", "title: {zh: 另一报告, en: Other}\nyear: 2023\n")
            .With("reports/other/zh/01-a.md", "---\ntitle: 甲\n---\n\n## 甲\n\n对照[](../../r/zh/02-data.md#tbl-growth)。\n")
            .With("reports/other/en/01-a.md", "---\ntitle: A\n---\n\n## A\n\nCompare [](../../r/en/02-data.md#table-1).\n"));
        site.BuildOk(baseUrl: "/site/");
        Assert.Equal(["表2-1 /site/zh/r/data/#table-1"], References(site, "zh/other/a/index.html"));
        Assert.Equal(["Table 2-1 /site/en/r/data/#table-1"], References(site, "en/other/a/index.html"));
    }

    [Fact]
    public void Search_finds_a_reference_by_its_numbered_name()
    {
        using var site = new TestSite(Files());
        site.BuildOk();
        var index = new SearchIndexReader(site.Output, "zh");
        var texts = Enumerable.Range(0, index.Manifest.GetProperty("sections").GetInt32()).Select(i => index.Fragment(i).GetProperty("x").GetString()).ToList();
        Assert.Contains("增长见表2-1，趋势见图2-1。", texts);
        var english = new SearchIndexReader(site.Output, "en");
        var englishTexts = Enumerable.Range(0, english.Manifest.GetProperty("sections").GetInt32()).Select(i => english.Fragment(i).GetProperty("x").GetString()).ToList();
        Assert.Contains("Growth is in Table 2-1, the trend in Figure 2-1.", englishTexts);
    }

    [Fact]
    public void The_fast_path_leaves_an_edit_that_renumbers_a_named_element_to_a_full_build()
    {
        using var site = new TestSite(Files());
        var builder = new SiteBuilder();
        var before = Generate(builder, site);
        var data = Path.Combine(site.Input, "reports/r/zh/02-data.md");
        var text = File.ReadAllText(data);

        // Text only: the fast path updates the page, and its references stay named.
        File.WriteAllText(data, text.Replace("如@tbl-growth所示。", "如@tbl-growth和@fig-growth所示。"));
        var update = new IncrementalRebuild(builder).TryApply(before, ["reports/r/zh/02-data.md"]);
        Assert.NotNull(update);
        Assert.Contains("<a class=\"xref\" href=\"#figure-1\">图2-1</a>", update.Pages.Single(p => p.SitePath == "zh/r/data/").KeptHtml, StringComparison.Ordinal);

        // A new table before the named one makes it 表2-2, which the introduction names: a full build.
        File.WriteAllText(data, text.Replace("如@tbl-growth所示。", "如@tbl-growth所示。\n\n```datatable source=index\n```"));
        Assert.Null(new IncrementalRebuild(builder).TryApply(update.Generation, ["reports/r/zh/02-data.md"]));
    }

    private static SiteGeneration Generate(SiteBuilder builder, TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        return builder.Generate(new BuildOptions
        {
            InputDirectory = site.Input, OutputDirectory = site.Output, WriteOutput = false, ThemeSearchPaths = [RepoPaths.Themes],
        }, diagnostics, new StageTimer(), CancellationToken.None) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }
}

using ReportSite.Tests.Support;

namespace ReportSite.Tests.Diagnostics;

/// <summary>
/// One mistake, one diagnostic, at its place: what follows from a mistake (a title the broken front
/// matter could not give, blocks using a table that did not load) is not reported again. Each case
/// asserts the exact list of diagnostics.
/// </summary>
public class OneMistakeOneDiagnosticTests
{
    private const string Chapter = "reports/r/zh/01-intro.md";

    private static Dictionary<string, string> GoodSite() => SiteFiles.Minimal()
        .With("reports/r/en/02-data.md", "---\ntitle: Data\n---\n\nSee [the background](01-intro.md#sec-1).\n\n```datatable source=index\n```\n\n```chart source=index label=name value=score\n```\n")
        // Both versions have the same table and chart: a chart in one only would be RS0506.
        .With("reports/r/zh/02-data.md", "---\ntitle: 数据\n---\n\n见[背景](01-intro.md#sec-1)。\n\n```datatable source=index\n```\n\n```chart source=index label=name value=score\n```\n")
        .With("data/index.yaml", "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: score, label: {zh: 得分, en: Score}, type: number}\n")
        .With("data/index.csv", "name,score\n甲,1.5\n乙,2\n");

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "YAML error in front matter", Chapter, "---\ntitle: 引言\nsummary: \"unclosed\n---\n\n## 背景\n\n正文。\n", "RS0101 reports/r/zh/01-intro.md:3:10" },
        { "front matter that is a list", Chapter, "---\n- 引言\n---\n\n## 背景\n\n正文。\n", "RS0101 reports/r/zh/01-intro.md:2:1" },
        { "tab in front matter", Chapter, "---\ntitle: 引言\n\tsummary: x\n---\n\n## 背景\n\n正文。\n", "RS0101 reports/r/zh/01-intro.md:3:1" },
        { "duplicate key in front matter", Chapter, "---\ntitle: 引言\ntitle: 又是引言\n---\n\n## 背景\n\n正文。\n", "RS0107 reports/r/zh/01-intro.md:3:1" },
        { "title that is a list", Chapter, "---\ntitle: [引言]\n---\n\n## 背景\n\n正文。\n", "RS0102 reports/r/zh/01-intro.md:2:8" },
        { "unclosed front matter, linked to from other pages", Chapter, "---\ntitle: 引言\n\n## 背景\n\n正文。\n", "RS0105 reports/r/zh/01-intro.md:1:1" },
        { "unclosed front matter without a blank line", Chapter, "---\ntitle: 引言\n## 背景\n正文。\n", "RS0105 reports/r/zh/01-intro.md:1:1" },
        { "an empty chapter file", "reports/r/en/02-data.md", "", "RS0205 reports/r/en/02-data.md:1:1" },
        { "blank title", Chapter, "---\ntitle: \"\"\n---\n\n## 背景\n\n正文。\n", "RS0103 reports/r/zh/01-intro.md:1:1" },
        { "site title that is a list", "site.yaml", "title: [测试站点]\nlanguages: [zh, en]\n", "RS0102 site.yaml:1:8" },
        { "languages that is a mapping", "site.yaml", "title: {zh: 测试站点, en: Test Site}\nlanguages: {zh: 中文}\n", "RS0102 site.yaml:2:12" },
        { "a title under a mistyped language code", "reports/r/report.yaml", "title: {zh: 报告, en-us: Report}\n", "RS0106 reports/r/report.yaml:1:17" },
        { "report title that is a list", "reports/r/report.yaml", "title: [报告]\n", "RS0102 reports/r/report.yaml:1:8" },
        { "report cover that is a list", "reports/r/report.yaml", "title: {zh: 报告, en: Report}\ncover: [a.png]\n", "RS0102 reports/r/report.yaml:2:8" },
        { "report.yaml syntax error", "reports/r/report.yaml", "title: {zh: 报告\n", "RS0101 reports/r/report.yaml:2:1" },
        { "data table with columns that are not a list", "data/index.yaml", "title: 指数\ncolumns: 5\n", "RS0102 data/index.yaml:2:10" },
        { "data table that is not a mapping", "data/index.yaml", "- 1\n", "RS0101 data/index.yaml:1:1" },
        { "data table whose only column has no key", "data/index.yaml", "title: 指数\ncolumns:\n  - {label: 名称}\n", "RS0601 data/index.yaml:3:5" },
        { "translated_from that is text", "reports/r/en/01-intro.md", "---\ntitle: Intro\ntranslated_from: zh\n---\n\n## Background\n\nText.\n", "RS0102 reports/r/en/01-intro.md:3:18" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_mistake_is_reported_once_and_nothing_that_follows_from_it(string mistake, string path, string text, string expected)
    {
        using var site = new TestSite(GoodSite().With(path, text));
        var found = site.Check().Diagnostics.Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column}").ToList();
        Assert.True(found.SequenceEqual([expected]), $"{mistake}: expected only {expected}, got:\n{string.Join("\n", found)}");
    }

    [Theory]
    [InlineData("title: {zh: 报告\n", "RS0101 reports/r/report.yaml:2:1")]
    [InlineData(null, "RS0103 reports/r:0:0")]
    public void A_broken_report_yaml_is_not_also_a_broken_link_in_every_page_that_links_into_the_report(string? reportYaml, string expected)
    {
        var files = GoodSite()
            .With("reports/s/report.yaml", "title: {zh: 另一份报告, en: Another Report}\n")
            .With("reports/s/zh/01-see.md", "---\ntitle: 参见\n---\n\n见[背景](../../r/zh/01-intro.md#sec-1)。\n")
            .With("reports/s/en/01-see.md", "---\ntitle: See\n---\n\nSee [the background](../../r/en/01-intro.md#sec-1).\n");
        files = reportYaml is null ? files.Without("reports/r/report.yaml") : files.With("reports/r/report.yaml", reportYaml);
        using var site = new TestSite(files);
        var found = site.Check().Diagnostics.Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column}").ToList();
        Assert.True(found.SequenceEqual([expected]), $"expected only {expected}, got:\n{string.Join("\n", found)}");
    }

    [Fact]
    public void A_broken_report_yaml_still_has_its_chapters_checked()
    {
        using var site = new TestSite(GoodSite()
            .With("reports/r/report.yaml", "title: [报告]\n")
            .With(Chapter, "---\ntitle: 引言\norder: abc\n---\n\n## 背景\n\n正文。\n"));
        var found = site.Check().Diagnostics.Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column}").ToList();
        Assert.Equal(["RS0102 reports/r/report.yaml:1:8", "RS0102 reports/r/zh/01-intro.md:3:8"], found);
    }

    [Fact]
    public void An_unclosed_front_matter_keeps_the_title_and_sections_it_would_have_had()
    {
        using var site = new TestSite(GoodSite().With(Chapter, "---\ntitle: 引言\nsummary: 摘要\n\n## 背景\n\n正文。\n"));
        var page = site.Check().Site!.Content.Single(p => p.Document.Source.Path == Chapter);
        Assert.Equal("引言", page.Document.Title);
        Assert.Equal("摘要", page.Document.Source.FrontMatter.Summary);
        Assert.Equal(5, page.Document.Source.BodyFirstLine);
    }
}

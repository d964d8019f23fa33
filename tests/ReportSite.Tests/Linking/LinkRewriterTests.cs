using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

public class LinkRewriterTests
{
    private static Dictionary<string, string> TwoReports() => SiteFiles.Minimal()
        .With("reports/r/zh/02-economy.md", "---\ntitle: 经济\n---\n\n## 数据要素\n\n见[引言](01-intro.md#sec-1)与[另一份](../../other/zh/01-x.md)。\n\n![图](../images/chart.svg)\n")
        .With("reports/r/en/02-economy.md", "---\ntitle: Economy\n---\n\n## Data\n\nSee [intro](./01-intro.md) and [external](https://example.org/a.md).\n")
        .With("reports/r/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>")
        .With("reports/other/report.yaml", "title: {zh: 其他, en: Other}\nyear: 2023\n")
        .With("reports/other/zh/01-x.md", "---\ntitle: X\n---\n\nx\n")
        .With("reports/other/en/01-x.md", "---\ntitle: X\n---\n\nx\n");

    [Fact]
    public void Chapter_links_become_output_urls_with_their_anchor()
    {
        using var site = new TestSite(TwoReports());
        site.BuildOk();
        var links = site.Html("zh/r/economy/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/zh/r/intro/#sec-1", links);
        Assert.Contains("/zh/other/x/", links);
        var enLinks = site.Html("en/r/economy/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/en/r/intro/", enLinks);
        Assert.Contains("https://example.org/a.md", enLinks);
    }

    [Fact]
    public void Images_are_copied_and_their_urls_rewritten_under_the_base_path()
    {
        using var site = new TestSite(TwoReports());
        site.BuildOk(baseUrl: "/report-site/");
        var img = site.Html("zh/r/economy/index.html").QuerySelector(".prose img")!;
        Assert.Equal("/report-site/reports/r/images/chart.svg", img.GetAttribute("src"));
        Assert.True(site.Exists("reports/r/images/chart.svg"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
    }

    [Fact]
    public void Broken_chapter_link_is_an_error_at_its_line_and_column()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n正文\n见 [这里](02-economi.md)。\n"));
        var result = site.Build();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(("RS0201", "reports/r/zh/01-intro.md", 6, 3), (error.Code, error.File, error.Line, error.Column));
        Assert.False(site.Exists("index.html"));
    }

    [Fact]
    public void Missing_image_is_an_error_with_a_suggestion()
    {
        using var site = new TestSite(TwoReports()
            .With("reports/r/en/02-economy.md", "---\ntitle: Economy\n---\n\n![chart](../images/chrat.svg)\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0202", 5), (error.Code, error.Line));
        Assert.Contains("chart.svg", error.Hint);
    }

    [Fact]
    public void Links_in_tables_footnotes_and_quotes_are_rewritten_and_a_title_heading_takes_its_links_away()
    {
        using var site = new TestSite(TwoReports()
            .With("reports/r/en/02-economy.md", "# Economy [old](gone.md)\n\n| a |\n|---|\n| [intro](01-intro.md) |\n\n> See [x](../../other/en/01-x.md).\n\nNote[^1].\n\n[^1]: [Intro](01-intro.md#sec-1)\n"));
        var result = site.Build();
        Assert.Empty(TestSite.Errors(result));
        var html = site.Html("en/r/economy/index.html");
        Assert.Equal("Economy old", html.QuerySelector("h1")!.TextContent);
        var links = html.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/en/r/intro/", links);
        Assert.Contains("/en/other/x/", links);
        Assert.Contains("/en/r/intro/#sec-1", links);
    }

    [Fact]
    public void Addresses_with_a_scheme_are_never_looked_up_as_files()
    {
        using var site = TestSite.WithChapter(
            "[mail](mailto:editor@example.org) [phone](tel:+86-10-1234) [ftp](ftp://ftp.example.org/a.txt) " +
            "[custom](vscode+insiders.x-1:open/file.md) [news](news:comp.lang) ![remote](https://example.org/x.png)");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("RS02", StringComparison.Ordinal));
        var html = site.Html("en/r/intro/index.html");
        var links = html.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["mailto:editor@example.org", "tel:+86-10-1234", "ftp://ftp.example.org/a.txt", "vscode+insiders.x-1:open/file.md", "news:comp.lang"], links);
        Assert.Equal("https://example.org/x.png", html.QuerySelector(".prose img")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData("[console](https://{{{.console-url}}}/project/clusters)", "'{{{.console-url}}}'")]
    [InlineData("[docs](<https://docs example.org/a>)", "'docs example.org'")]
    [InlineData("![logo](http:///logo.png)", "no host")]
    [InlineData("<https://{host}/api>", "'{host}'")]
    public void A_malformed_web_address_is_a_warning_at_its_place_and_no_file_lookup(string markdown, string named)
    {
        using var site = TestSite.WithChapter("Text first.\n\nSee " + markdown + " here.");
        var result = site.Build();
        Assert.Empty(TestSite.Errors(result));
        var warning = Assert.Single(result.Diagnostics, d => d.Code.StartsWith("RS02", StringComparison.Ordinal));
        Assert.Equal(("RS0213", "reports/r/en/01-intro.md", 7, 5), (warning.Code, warning.File, warning.Line, warning.Column));
        Assert.Contains("not a valid web address", warning.Message);
        Assert.Contains(named, warning.Message);
    }

    [Theory]
    [InlineData(@"![chart](C:\Users\editor\chart.png)", "RS0202")]
    [InlineData("[notes](D:/reports/notes.md)", "RS0201")]
    public void A_windows_path_is_an_error_that_says_it_is_on_the_authors_computer(string markdown, string code)
    {
        using var site = TestSite.WithChapter(markdown);
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal((code, 5, 1), (error.Code, error.Line, error.Column));
        Assert.Contains("path on your computer", error.Message);
    }

    [Theory]
    [InlineData("reports/r/zh/02-economy.md", "images/chart.svg", "../images/chart.svg")]
    [InlineData("reports/r/zh/02-economy.md", "chart.svg", "../images/chart.svg")]
    [InlineData("reports/r/zh/02-economy.md", "../../images/chart.svg", "../images/chart.svg")]
    [InlineData("reports/other/zh/01-x.md", "../images/chart.svg", "../../r/images/chart.svg")]
    public void A_missing_image_suggests_the_file_of_that_name_elsewhere_with_its_right_relative_path(string page, string written, string suggested)
    {
        using var site = new TestSite(TwoReports()
            .With(page, $"---\ntitle: 图\n---\n\n![图]({written})\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0202", page, 5), (error.Code, error.File, error.Line));
        Assert.Equal($"Did you mean '{suggested}'?", error.Hint);
    }

    [Fact]
    public void Of_several_files_of_that_name_the_one_sharing_the_longest_folder_tail_is_suggested()
    {
        using var site = new TestSite(TwoReports()
            .With("reports/other/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")
            .With("reports/r/figures/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")
            .With("reports/r/en/02-economy.md", "---\ntitle: Economy\n---\n\n![a](figures/chart.svg)\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal("Did you mean '../figures/chart.svg'?", error.Hint);
    }

    [Fact]
    public void A_link_to_a_chapter_in_another_folder_suggests_its_path()
    {
        using var site = new TestSite(TwoReports()
            .With("reports/r/en/02-economy.md", "---\ntitle: Economy\n---\n\nSee [x](../other/en/01-x.md).\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0201", "Did you mean '../../other/en/01-x.md'?"), (error.Code, error.Hint));
    }

    [Fact]
    public void A_link_to_a_draft_says_the_target_is_a_draft_and_builds_with_drafts()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/en/02-plan.md", "---\ntitle: Plan\ndraft: true\n---\n\n## Background\n\nLater.\n")
            .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Background\n\nSee [the plan](02-plan.md).\n"));

        var error = Assert.Single(TestSite.Errors(site.Build()));

        Assert.Equal(("RS0201", "reports/r/en/01-intro.md", 7), (error.Code, error.File, error.Line));
        Assert.Contains("draft", error.Message);
        Assert.DoesNotContain("Did you mean", error.Hint);
        Assert.Empty(TestSite.Errors(site.Build(drafts: true)));
    }
}

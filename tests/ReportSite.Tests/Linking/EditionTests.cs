using AngleSharp.Dom;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

/// <summary>
/// Reports of one series are editions: the home page groups them newest first, a report index lists
/// the others, and a chapter links to the same chapter (same slug or translation_key) in each other edition.
/// </summary>
public sealed class EditionTests : IDisposable
{
    private readonly TestSite _site = new(Series());

    public EditionTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    /// <summary>
    /// Series "wid" with editions 2022, 2023, 2024 (folders named so that id order is not year order),
    /// standalone reports of 2025 and 2023, and chapters matched by file name (renumbered), by
    /// translation_key, in one language only, and not at all.
    /// </summary>
    private static Dictionary<string, string> Series()
    {
        static string Report(string title, int year, string? series = "wid", int order = 0) =>
            $"title: {{zh: {title}（中）, en: {title} (en)}}\nyear: {year}\norder: {order}\n" + (series is null ? "" : $"series: {series}\n");
        static string Chapter(string title, string? key = null) =>
            $"---\ntitle: {title}\n" + (key is null ? "" : $"translation_key: {key}\n") + "---\n\n## 一\n\n正文。\n";
        var files = new Dictionary<string, string>
        {
            ["site.yaml"] = SiteFiles.SiteYaml + "series:\n  wid: {zh: 世界报告, en: World Report}\n",
            ["reports/b-old/report.yaml"] = Report("W2022", 2022),
            ["reports/c-mid/report.yaml"] = Report("W2023", 2023),
            ["reports/a-new/report.yaml"] = Report("W2024", 2024),
            ["reports/future/report.yaml"] = Report("Solo2025", 2025, series: null),
            ["reports/past/report.yaml"] = Report("Solo2023", 2023, series: null, order: 5),
        };
        foreach (var language in new[] { "zh", "en" })
        {
            files[$"reports/a-new/{language}/01-intro.md"] = Chapter("Intro 2024");
            files[$"reports/c-mid/{language}/02-intro.md"] = Chapter("Intro 2023");
            files[$"reports/b-old/{language}/01-intro.md"] = Chapter("Intro 2022");
            files[$"reports/a-new/{language}/02-economy.md"] = Chapter("Economy 2024", key: "econ");
            files[$"reports/c-mid/{language}/05-digital-economy.md"] = Chapter("Digital economy 2023", key: "econ");
            files[$"reports/a-new/{language}/03-only.md"] = Chapter("Only 2024");
            files[$"reports/a-new/{language}/04-new.md"] = Chapter("New in 2024");
            files[$"reports/future/{language}/01-intro.md"] = Chapter("Solo intro");
            files[$"reports/past/{language}/01-intro.md"] = Chapter("Past intro");
        }
        files["reports/c-mid/en/03-only.md"] = Chapter("Only 2023, English");
        return files;
    }

    private static List<string> Hrefs(IEnumerable<IElement> links) => links.Select(a => a.GetAttribute("href") ?? "").ToList();

    private List<string> ChapterEditionLinks(string sitePath) =>
        Hrefs(_site.Html(sitePath).QuerySelectorAll(".article__editions a"));

    [Fact]
    public void Home_page_groups_a_series_under_its_name_newest_edition_first_where_its_newest_edition_falls()
    {
        var home = _site.Html("zh/index.html");
        var groups = home.QuerySelectorAll(".report-table tbody").ToList();
        // Newest year first, as before: the 2025 report, the series (its newest edition is 2024), then 2023's standalone report.
        Assert.Equal(["/zh/future/", "/zh/a-new/", "/zh/past/"], groups.Select(g => g.QuerySelector("a")!.GetAttribute("href")!).ToList());
        var series = groups[1];
        Assert.Equal("世界报告", series.QuerySelector("th[scope=rowgroup]")!.TextContent.Trim());
        Assert.Equal("/zh/a-new/", series.QuerySelector(".report-table__title")!.GetAttribute("href"));
        Assert.Equal(["/zh/c-mid/", "/zh/b-old/"], Hrefs(series.QuerySelectorAll(".report-table__earlier a")));
        Assert.Equal(["2023", "2022"], series.QuerySelectorAll(".report-table__earlier td:first-child").Select(c => c.TextContent.Trim()).ToList());
        Assert.Null(groups[0].QuerySelector("th[scope=rowgroup]"));
        Assert.Equal("World Report", _site.Html("en/index.html").QuerySelector("th[scope=rowgroup]")!.TextContent.Trim());
    }

    [Fact]
    public void A_chapter_links_the_chapter_of_the_same_file_name_in_every_other_edition_newest_first_both_ways()
    {
        // 01-intro.md in 2024 and 2022, 02-intro.md in 2023: the slug matches, the number need not.
        Assert.Equal(["/zh/c-mid/intro/", "/zh/b-old/intro/"], ChapterEditionLinks("zh/a-new/intro/index.html"));
        Assert.Equal(["/en/a-new/intro/", "/en/b-old/intro/"], ChapterEditionLinks("en/c-mid/intro/index.html"));
        Assert.Equal(["/zh/a-new/intro/", "/zh/c-mid/intro/"], ChapterEditionLinks("zh/b-old/intro/index.html"));
        var links = _site.Html("zh/a-new/intro/index.html").QuerySelectorAll(".article__editions a").Select(a => a.TextContent).ToList();
        Assert.Equal(["2023年版本", "2022年版本"], links);
        Assert.Equal(["2024 edition", "2022 edition"], _site.Html("en/c-mid/intro/index.html").QuerySelectorAll(".article__editions a").Select(a => a.TextContent).ToList());
    }

    [Fact]
    public void A_chapter_links_the_chapter_with_the_same_translation_key_in_another_edition_both_ways()
    {
        Assert.Equal(["/en/c-mid/digital-economy/"], ChapterEditionLinks("en/a-new/economy/index.html"));
        Assert.Equal(["/zh/a-new/economy/"], ChapterEditionLinks("zh/c-mid/digital-economy/index.html"));
    }

    [Fact]
    public void An_edition_that_has_the_chapter_in_another_language_only_is_linked_in_that_language_and_says_so()
    {
        var link = Assert.Single(_site.Html("zh/a-new/only/index.html").QuerySelectorAll(".article__editions a"));
        Assert.Equal("/en/c-mid/only/", link.GetAttribute("href"));
        Assert.Equal("en", link.GetAttribute("hreflang"));
        Assert.Equal("English", link.QuerySelector("span[lang=en]")!.TextContent);
        // In its own language the same edition's chapter is linked plainly.
        var own = Assert.Single(_site.Html("en/a-new/only/index.html").QuerySelectorAll(".article__editions a"));
        Assert.Equal("/en/c-mid/only/", own.GetAttribute("href"));
        Assert.False(own.HasAttribute("hreflang"));
    }

    [Fact]
    public void A_chapter_no_other_edition_has_and_a_report_that_stands_alone_show_no_edition_links()
    {
        Assert.Null(_site.Html("zh/a-new/new/index.html").QuerySelector(".article__editions"));
        Assert.Null(_site.Html("zh/future/intro/index.html").QuerySelector(".article__editions"));
        Assert.Null(_site.Html("en/future/index.html").QuerySelector(".report-editions"));
    }

    [Fact]
    public void A_report_index_lists_the_other_editions_of_its_series_newest_first_with_year_and_title()
    {
        var editions = _site.Html("zh/c-mid/index.html").QuerySelector(".report-editions")!;
        Assert.Equal(["/zh/a-new/", "/zh/b-old/"], Hrefs(editions.QuerySelectorAll("a")));
        Assert.Contains("世界报告", editions.TextContent);
        var first = editions.QuerySelector("a")!;
        Assert.Equal("2024年版本", first.QuerySelector(".report-editions__year")!.TextContent);
        Assert.Equal("W2024（中）", first.QuerySelector(".report-editions__title")!.TextContent);
        Assert.Equal("W2023 (en)", _site.Html("en/a-new/index.html").QuerySelector(".report-editions__title")!.TextContent);
    }

    [Fact]
    public void Edition_links_carry_the_base_path()
    {
        using var site = new TestSite(Series());
        site.BuildOk("/report-site/");
        Assert.Equal("/report-site/zh/c-mid/intro/", site.Html("zh/a-new/intro/index.html").QuerySelector(".article__editions a")!.GetAttribute("href"));
        Assert.Equal("/report-site/en/a-new/", site.Html("en/c-mid/index.html").QuerySelector(".report-editions a")!.GetAttribute("href"));
        Assert.Equal("/report-site/zh/c-mid/", site.Html("zh/index.html").QuerySelector(".report-table__earlier a")!.GetAttribute("href"));
    }
}

using AngleSharp.Dom;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.PrintEdition;

/// <summary>A report's print edition, built as a whole site (issue 21).</summary>
public class PrintEditionSiteTests
{
    private const string ZhPath = "zh/r/print/index.html";
    private const string EnPath = "en/r/print/index.html";

    private static TestSite TwoChapters() => new(SiteFiles.Minimal()
        .With("reports/r/report.yaml", "title: {zh: 测试报告, en: Test Report}\nyear: 2024\nreleased: 2024-11-21\npublisher: {zh: 测试研究院, en: Test Academy}\n")
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n## 背景\n\n正文[^1]，见[下一章](02-data.md#sec-1)与[下一章全文](02-data.md)。\n\n[^1]: 第一章的脚注。\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Background\n\nText[^1], see [the next chapter](02-data.md#sec-1) and [all of it](02-data.md).\n\n[^1]: Chapter one's note.\n")
        .With("reports/r/zh/02-data.md", "---\ntitle: 数据\nsummary: 第二章摘要。\n---\n\n## 方法\n\n数据正文[^1]，回到[背景](01-intro.md#sec-1)。\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n\n: 示例表 {#tbl-a}\n\n[^1]: 第二章的脚注。\n")
        .With("reports/r/en/02-data.md", "---\ntitle: Data\nsummary: Chapter two.\n---\n\n## Method\n\nData text[^1], back to [background](01-intro.md#sec-1).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n: Sample table {#tbl-a}\n\n[^1]: Chapter two's note.\n"));

    [Fact]
    public void Each_language_has_an_edition_with_cover_contents_and_every_chapter_in_order()
    {
        using var site = TwoChapters();
        site.BuildOk();
        var zh = site.Html(ZhPath);
        Assert.Equal("zh-CN", zh.DocumentElement.GetAttribute("lang"));
        Assert.Equal("测试报告", zh.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains("测试研究院", zh.QuerySelector(".print-cover")!.TextContent);
        Assert.Contains("2024年11月21日", zh.QuerySelector(".print-cover")!.TextContent);
        Assert.Equal(["#ch1", "#ch2"], zh.QuerySelectorAll(".print-contents a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["引言", "数据"], zh.QuerySelectorAll("article.print-chapter h2.print-chapter__title").Select(h => h.TextContent.Trim()));
        Assert.Equal(["ch1", "ch2"], zh.QuerySelectorAll("article.print-chapter").Select(a => a.Id));
        Assert.Contains("数据正文", zh.QuerySelector("#ch2")!.TextContent);
        Assert.Contains("第二章摘要。", zh.QuerySelector("#ch2 .print-chapter__header")!.TextContent);
        var en = site.Html(EnPath);
        Assert.Equal(["Introduction", "Data"], en.QuerySelectorAll("article.print-chapter h2").Where(h => h.ClassList.Contains("print-chapter__title")).Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void Ids_are_prefixed_per_chapter_unique_and_every_in_page_link_finds_its_target()
    {
        using var site = TwoChapters();
        site.BuildOk();
        foreach (var path in new[] { ZhPath, EnPath })
        {
            var page = site.Html(path);
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.Contains("ch1-sec-1", ids);
            Assert.Contains("ch2-sec-1", ids);
            // Footnotes stay with their chapter: each chapter's note 1 is its own.
            Assert.NotNull(page.QuerySelector("#ch1 .footnotes #ch1-fn-1"));
            Assert.NotNull(page.QuerySelector("#ch2 .footnotes #ch2-fn-1"));
            var inPage = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
            Assert.All(inPage, target => Assert.Contains(Uri.UnescapeDataString(target), ids));
            // Links between chapters of the edition stay in the edition.
            var links = page.QuerySelectorAll("#ch1 .prose a, #ch2 .prose a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("#ch2-sec-1", links);
            Assert.Contains("#ch2", links);
            Assert.Contains("#ch1-sec-1", links);
            Assert.DoesNotContain(links, href => href!.Contains("/r/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_edition_is_noindex_points_its_canonical_at_the_report_index_and_stays_out_of_sitemap_and_search()
    {
        using var site = TwoChapters();
        site.BuildOk();
        var page = site.Html(EnPath);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("/en/r/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.DoesNotContain("/print/", site.Read("sitemap.xml"));
        var urls = SearchIndexReader.SectionUrls(site.Output);
        Assert.Contains("/en/r/intro/", urls.Select(u => u.Split('#')[0]));
        Assert.DoesNotContain(urls, url => url.Contains("/print/"));
    }

    [Fact]
    public void The_report_index_links_its_edition_under_the_base_path_and_no_pdf_without_build_pdf()
    {
        using var site = TwoChapters();
        site.BuildOk("/base/");
        var zh = site.Html("zh/r/index.html");
        var link = Assert.Single(zh.QuerySelectorAll(".report-header__actions a"), a => a.TextContent.Trim() == "印刷版");
        Assert.Equal("/base/zh/r/print/", link.GetAttribute("href"));
        Assert.Single(site.Html("en/r/index.html").QuerySelectorAll(".report-header__actions a"), a => a.GetAttribute("href") == "/base/en/r/print/" && a.TextContent.Trim() == "Print edition");
        Assert.Null(zh.QuerySelector("a[href$='.pdf']"));
        Assert.False(site.Exists("zh/r/r.pdf"));
    }

    [Fact]
    public void The_running_header_stylesheet_holds_the_title_in_a_css_string_and_the_edition_links_it_for_print()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/report.yaml", "title: {zh: '测试\"报告\\', en: Test Report}\nyear: 2024\n"));
        site.BuildOk();
        var css = site.Read("zh/r/print/running-header.css");
        Assert.Contains("@page edition { @top-center { content: \"测试\\22 报告\\5c \"; } }", css);
        Assert.Contains("@page edition { @top-center { content: \"Test Report\"; } }", site.Read("en/r/print/running-header.css"));
        var link = site.Html(ZhPath).QuerySelector("link[href$='running-header.css']");
        Assert.Equal("print", link?.GetAttribute("media"));
        Assert.Null(site.Html("zh/r/index.html").QuerySelector("link[href$='running-header.css']"));
    }

    [Fact]
    public void The_document_title_names_the_edition_and_stays_within_70_characters()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/report.yaml",
            "title: {zh: 测试报告, en: World Internet Development Report 2023 (sample edition)}\nyear: 2023\n"));
        site.BuildOk();
        Assert.Equal("测试报告 · 印刷版 | 测试站点", site.Html(ZhPath).Title);
        // The English title and " · Print edition" would pass 70 characters: the report's title alone.
        Assert.Equal("World Internet Development Report 2023 (sample edition) | Test Site", site.Html(EnPath).Title);
    }

    [Fact]
    public void A_chapter_cannot_be_named_print()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/02-print.md", "---\ntitle: 打印\n---\n\n正文。\n"));
        var result = site.Build();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("RS0401", error.Code);
        Assert.Equal("reports/r/zh/02-print.md", error.File);
        Assert.Contains("print edition", error.Message);
    }
}

using AngleSharp.Dom;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.SideBySide;

/// <summary>The side-by-side view of a chapter, built as a whole site (issue 21).</summary>
public class ParallelViewSiteTests
{
    private const string ZhPath = "zh/r/intro/parallel/index.html";
    private const string EnPath = "en/r/intro/parallel/index.html";

    private static TestSite Pair(string zh, string en) => new(SiteFiles.Minimal()
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n" + zh + "\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n" + en + "\n"));

    private static List<IElement> Rows(IDocument page) => page.QuerySelectorAll(".parallel > div.parallel__row").ToList();

    [Fact]
    public void Each_language_has_a_view_of_the_pair_with_zh_and_en_sections_in_rows()
    {
        using var site = Pair("开篇。\n\n## 背景\n\n正文。\n\n### 细节\n\n细节。", "Opening.\n\n## Background\n\nText.\n\n### Details\n\nMore.");
        site.BuildOk();
        foreach (var path in new[] { ZhPath, EnPath })
        {
            var page = site.Html(path);
            var rows = Rows(page);
            Assert.Equal(["intro", "sec-1", "sec-1-1"], rows.Select(r => r.GetAttribute("data-section") ?? "intro"));
            Assert.All(rows, row => Assert.Equal(["zh-CN", "en"], row.Children.Select(c => c.GetAttribute("lang"))));
            Assert.Equal("开篇。", rows[0].Children[0].TextContent.Trim());
            Assert.Equal("Opening.", rows[0].Children[1].TextContent.Trim());
            Assert.NotNull(rows[1].QuerySelector("[lang=zh-CN] h2#zh-sec-1"));
            Assert.NotNull(rows[1].QuerySelector("[lang=en] h2#en-sec-1"));
        }
        Assert.Equal("zh-CN", site.Html(ZhPath).DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", site.Html(EnPath).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void The_view_is_noindex_points_its_canonical_at_the_chapter_and_stays_out_of_sitemap_and_search()
    {
        using var site = Pair("## 背景\n\n并排独有词。", "## Background\n\nsidebysideonlyword.");
        site.BuildOk();
        var page = site.Html(EnPath);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("/en/r/intro/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.DoesNotContain("parallel", site.Read("sitemap.xml"));
        var urls = SearchIndexReader.SectionUrls(site.Output);
        Assert.Contains("/en/r/intro/#sec-1", urls);
        Assert.DoesNotContain(urls, url => url.Contains("/parallel/"));
        Assert.Contains("sidebysideonlyword", new SearchIndexReader(site.Output, "en").Terms.Keys);
        Assert.Equal(1, new SearchIndexReader(site.Output, "en").Terms["sidebysideonlyword"].DocumentFrequency);
    }

    [Fact]
    public void A_section_in_one_language_only_is_shown_in_its_row_with_a_note_in_the_other_cell()
    {
        using var site = Pair("## 背景\n\n正文。\n\n## 结论\n\n结论。", "## Background\n\nText.\n\n### A detail\n\nOnly English.\n\n## Conclusion\n\nEnd.");
        var result = site.BuildOk();
        Assert.Contains(result.Diagnostics, d => d.Code == "RS0504");
        var rows = Rows(site.Html(ZhPath));
        Assert.Equal(["sec-1", "sec-1-1", "sec-2"], rows.Select(r => r.GetAttribute("data-section")));
        var missing = rows[1].Children[0];
        Assert.Contains("parallel__cell--missing", missing.ClassName);
        Assert.Equal("这一语言版本没有与此对应的一节。", missing.TextContent.Trim());
        Assert.Contains("Only English.", rows[1].Children[1].TextContent);
        Assert.Contains("结论。", rows[2].Children[0].TextContent);
        Assert.Contains("End.", rows[2].Children[1].TextContent);
        Assert.Equal("This language version has no section matching this one.", Rows(site.Html(EnPath))[1].Children[0].TextContent.Trim());
    }

    [Fact]
    public void Ids_are_unique_and_every_in_page_link_finds_its_target()
    {
        using var site = Pair("## 背景\n\n正文[^1]，见[背景](#sec-1)。\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n\n[^1]: 注释。",
            "## Background\n\nText[^1], see [Background](#sec-1); written id=\"fn-1\" and `href=\"#sec-1\"` stay as written.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[^1]: A note.");
        site.BuildOk();
        var page = site.Html(ZhPath);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var targets = ids.ToHashSet(StringComparer.Ordinal);
        var fragments = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Contains("zh-fn-1", fragments);
        Assert.Contains("en-fnref-1", fragments);
        Assert.Contains("en-sec-1", fragments);
        Assert.All(fragments, f => Assert.Contains(f, targets));
        Assert.Contains("written id=\"fn-1\" and href=\"#sec-1\" stay as written.", Rows(page)[0].Children[1].TextContent);
        var notes = Rows(page)[^1];
        Assert.Equal("notes", notes.ClassList.Single(c => c.StartsWith("parallel__row--", StringComparison.Ordinal))["parallel__row--".Length..]);
        Assert.Contains("注释。", notes.Children[0].TextContent);
        Assert.Contains("A note.", notes.Children[1].TextContent);
    }

    [Fact]
    public void The_chapter_page_and_the_report_index_link_to_it_under_the_base_path()
    {
        using var site = Pair("## 背景", "## Background");
        site.BuildOk("/sub/");
        Assert.Equal("/sub/zh/r/intro/parallel/", site.Html("zh/r/intro/index.html").QuerySelector(".article__parallel a")?.GetAttribute("href"));
        Assert.Equal("/sub/en/r/intro/parallel/", site.Html("en/r/index.html").QuerySelector(".chapter-table__parallel")?.GetAttribute("href"));
        var page = site.Html(ZhPath);
        Assert.Equal("/sub/zh/r/intro/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("/sub/en/r/intro/parallel/", page.QuerySelector(".language-switcher a[hreflang=en]")?.GetAttribute("href"));
        Assert.Equal(["/sub/zh/r/intro/", "/sub/en/r/intro/"], page.QuerySelectorAll(".parallel__column a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_chapter_in_one_language_only_has_no_view_and_no_link()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/en/02-more.md", "---\ntitle: More\n---\n\n## Only English\n"));
        site.BuildOk();
        Assert.False(site.Exists("en/r/more/parallel/index.html"));
        Assert.Null(site.Html("en/r/more/index.html").QuerySelector(".article__parallel"));
        Assert.True(site.Exists(EnPath));
    }

    [Fact]
    public void Shared_ids_and_slugs_pair_sections_past_the_first_difference()
    {
        using var site = Pair("## 背景\n\n## 新增\n\n## 结论 {#end}\n\n结论。", "## Background\n\n## Conclusion {#end}\n\nEnd.");
        site.BuildOk();
        var rows = Rows(site.Html(EnPath));
        Assert.Equal(["sec-1", "sec-2", "sec-3"], rows.Select(r => r.GetAttribute("data-section")));
        Assert.Contains("parallel__cell--missing", rows[1].Children[1].ClassName);
        Assert.Contains("结论。", rows[2].Children[0].TextContent);
        Assert.Contains("End.", rows[2].Children[1].TextContent);
    }

    [Fact]
    public void A_theme_without_the_views_layout_builds_without_views_or_links_to_them()
    {
        using var site = TestSite.WithOwnTheme(theme => File.Delete(Path.Combine(theme, "layouts", "parallel.html")), name: "mine");
        var result = site.BuildOk();
        Assert.Empty(TestSite.Errors(result));
        Assert.False(site.Exists(ZhPath));
        Assert.Null(site.Html("zh/r/intro/index.html").QuerySelector(".article__parallel"));
        Assert.Null(site.Html("en/r/index.html").QuerySelector(".chapter-table__parallel"));
    }
}

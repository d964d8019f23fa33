using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

/// <summary>
/// A page's title heading answers to its GitHub id, as on GitHub: links written as
/// <c>other.md#slug-of-its-h1</c> land on the top of that page.
/// </summary>
public class TitleAnchorTests
{
    private static Dictionary<string, string> Site(string enIntro, string zhIntro, string enLinks, string zhLinks) => SiteFiles.Minimal()
        .With("reports/r/en/01-intro.md", enIntro)
        .With("reports/r/zh/01-intro.md", zhIntro)
        .With("reports/r/en/02-more.md", "---\ntitle: More\n---\n\n" + enLinks + "\n")
        .With("reports/r/zh/02-more.md", "---\ntitle: 更多\n---\n\n" + zhLinks + "\n");

    [Fact]
    public void A_link_to_another_pages_title_slug_lands_on_its_top_in_both_languages()
    {
        using var site = new TestSite(Site(
            "# Overview: Thirty Years and a New Start\n\n## Background\n\nText.\n",
            "# 总论：三十年与新起点\n\n## 背景\n\n正文。\n",
            "[a](01-intro.md#overview-thirty-years-and-a-new-start) [b](01-intro.md#background)",
            "[甲](01-intro.md#总论三十年与新起点) [乙](01-intro.md#%E6%80%BB%E8%AE%BA%E4%B8%89%E5%8D%81%E5%B9%B4%E4%B8%8E%E6%96%B0%E8%B5%B7%E7%82%B9)"));
        site.BuildOk();
        Assert.Equal(["/en/r/intro/", "/en/r/intro/#background"], Hrefs(site, "en/r/more/index.html"));
        Assert.Equal(["/zh/r/intro/", "/zh/r/intro/"], Hrefs(site, "zh/r/more/index.html"));
    }

    [Fact]
    public void The_title_heading_of_the_page_carries_the_id_once_for_links_within_the_page()
    {
        using var site = new TestSite(Site(
            "# Overview\n\nBack to [the top](#overview).\n\n## Overview\n\nSee [this section](#overview-1).\n",
            "# 总论\n\n[回到顶部](#总论)\n",
            "x", "x"));
        site.BuildOk();
        var html = site.Html("en/r/intro/index.html");
        Assert.Equal("Overview", html.QuerySelector("main h1")!.TextContent);
        Assert.Single(html.QuerySelectorAll("[id='overview']"));
        Assert.Equal("H1", html.GetElementById("overview")!.TagName);
        // As on GitHub, a later heading of the same text takes the next id.
        Assert.Equal("H2", html.GetElementById("overview-1")!.Closest("h2")!.TagName);
        Assert.Equal("总论", site.Html("zh/r/intro/index.html").QuerySelector("main h1")!.Id);
    }

    [Fact]
    public void An_explicit_id_on_the_title_heading_is_its_anchor()
    {
        using var site = new TestSite(Site(
            "# Overview {#top-of-intro}\n\nText.\n", "# 总论 {#top-of-intro}\n\n正文。\n",
            "[a](01-intro.md#top-of-intro)", "[甲](01-intro.md#top-of-intro)"));
        site.BuildOk();
        Assert.Equal(["/en/r/intro/"], Hrefs(site, "en/r/more/index.html"));
        Assert.Equal("top-of-intro", site.Html("en/r/intro/index.html").QuerySelector("main h1")!.Id);
    }

    [Fact]
    public void A_title_heading_repeating_the_front_matter_title_is_shown_once_and_answers_to_its_slug()
    {
        using var site = new TestSite(Site(
            "---\ntitle: Overview\n---\n\n# Overview\n\nText.\n", "---\ntitle: 总论\n---\n\n# 总论\n\n正文。\n",
            "[a](01-intro.md#overview)", "[甲](01-intro.md#总论)"));
        site.BuildOk();
        var html = site.Html("en/r/intro/index.html");
        Assert.Single(html.QuerySelectorAll("main h1"));
        Assert.Equal("overview", html.QuerySelector("main h1")!.Id);
        Assert.Equal(["/en/r/intro/"], Hrefs(site, "en/r/more/index.html"));
    }

    [Fact]
    public void A_leading_h1_that_differs_from_the_front_matter_title_stays_in_the_text_and_answers_to_its_slug()
    {
        using var site = new TestSite(Site(
            "---\ntitle: Introduction\n---\n\n# Why this report\n\nText.\n", "---\ntitle: 引言\n---\n\n# 为什么写这份报告\n\n正文。\n",
            "[a](01-intro.md#why-this-report)", "[甲](01-intro.md#为什么写这份报告)"));
        site.BuildOk();
        var html = site.Html("en/r/intro/index.html");
        Assert.Equal("Introduction", html.QuerySelector("main h1")!.TextContent);
        Assert.False(html.QuerySelector("main h1")!.HasAttribute("id"));
        var heading = html.GetElementById("why-this-report")!.Closest("h1")!;
        Assert.Contains("Why this report", heading.TextContent);
        Assert.Equal("sec-1", heading.Id);
        Assert.Equal(["/en/r/intro/#why-this-report"], Hrefs(site, "en/r/more/index.html"));
    }

    [Fact]
    public void A_title_from_front_matter_alone_gives_the_heading_no_id()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        site.BuildOk();
        Assert.False(site.Html("en/r/intro/index.html").QuerySelector("main h1")!.HasAttribute("id"));
    }

    private static List<string?> Hrefs(TestSite site, string path) =>
        site.Html(path).QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
}

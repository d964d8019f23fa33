using ReportSite.Tests.Support;

namespace ReportSite.Tests.Build;

/// <summary>Builds Fixtures/golden-site once and checks key fragments of its pages against Golden/golden-site/.</summary>
public sealed class GoldenSiteFixture : IDisposable
{
    public GoldenSiteFixture()
    {
        Site = TestSite.FromFixture("golden-site");
        Site.BuildOk();
    }

    public TestSite Site { get; }

    public void Dispose() => Site.Dispose();
}

public class GoldenSiteTests(GoldenSiteFixture fixture) : IClassFixture<GoldenSiteFixture>
{
    [Theory]
    [InlineData("zh/wid/overview/index.html", ".prose", "zh-overview.prose.html")]
    [InlineData("en/wid/overview/index.html", ".prose", "en-overview.prose.html")]
    [InlineData("zh/wid/overview/index.html", ".toc", "zh-overview.toc.html")]
    [InlineData("zh/wid/overview/index.html", ".language-switcher", "zh-overview.language-switcher.html")]
    [InlineData("zh/wid/overview/index.html", ".report-nav", "zh-overview.report-nav.html")]
    [InlineData("zh/wid/overview/index.html", ".pager", "zh-overview.pager.html")]
    [InlineData("zh/wid/overview/index.html", ".breadcrumbs", "zh-overview.breadcrumbs.html")]
    [InlineData("zh/wid/data/index.html", ".language-switcher", "zh-data.language-switcher.html")]
    [InlineData("zh/wid/data/index.html", ".article__header", "zh-data.article-header.html")]
    [InlineData("en/wid/index.html", ".report-index", "en-report.main.html")]
    [InlineData("en/index.html", ".report-table", "en-home.report-table.html")]
    [InlineData("index.html", "main", "root.main.html")]
    [InlineData("zh/wid/figures/index.html", ".data-table", "zh-figures.data-table.html")]
    [InlineData("en/wid/figures/index.html", "#figure-1", "en-figures.bar-chart.html")]
    [InlineData("en/wid/figures/index.html", "#figure-2", "en-figures.stacked-chart.html")]
    [InlineData("zh/wid/tables-and-figures/index.html", "main", "zh-tables-and-figures.main.html")]
    [InlineData("en/glossary/index.html", ".glossary__list", "en-glossary.list.html")]
    public void Page_fragment_matches_golden(string page, string selector, string golden)
    {
        var element = fixture.Site.Html(page).QuerySelector(selector);
        Assert.NotNull(element);
        HtmlComparison.AssertMatchesGolden(element, Path.Combine(RepoPaths.Golden, "golden-site", golden));
    }

    [Fact]
    public void Head_has_canonical_and_hreflang_alternates_with_x_default()
    {
        var head = fixture.Site.Html("zh/wid/overview/index.html").Head!;
        Assert.Equal("https://example.org/golden/zh/wid/overview/", head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var alternates = head.QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("zh-CN", "https://example.org/golden/zh/wid/overview/"),
             ("en", "https://example.org/golden/en/wid/overview/"),
             ("x-default", "https://example.org/golden/zh/wid/overview/")],
            alternates);
    }

    [Fact]
    public void Html_lang_follows_the_page_language()
    {
        Assert.Equal("zh-CN", fixture.Site.Html("zh/wid/overview/index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", fixture.Site.Html("en/wid/overview/index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Title_from_h1_is_shown_once()
    {
        var page = fixture.Site.Html("zh/wid/data/index.html");
        Assert.Equal(["数据"], page.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.StartsWith("数据 | ", page.Title);
    }
}

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.PageIds.UniqueIds"/>: Ids stay unique on a page: an author's id the theme, the browser, the build or an earlier element holds is renamed <c>user-content-…</c>.
/// </summary>
public class PageIdsSpecs
{
    [Theory]
    [InlineData("## Main {#main}",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"user-content-main\"></span>Main<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>", "main")]
    [InlineData("## One {#same}\n\n## Two {#same}",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"same\"></span>One<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n<h2 id=\"sec-2\"><span class=\"anchor-alias\" id=\"user-content-same\"></span>Two<a class=\"heading-anchor\" href=\"#sec-2\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("## Top {#top}",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"user-content-top\"></span>Top<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("<span id=\"main\">x</span>",
                "<p><span id=\"user-content-main\">x</span></p>", "main")]
    [InlineData("## sec-1 {#sec-1}",
                "<h2 id=\"sec-1\">sec-1<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    public void A_taken_id_is_renamed(string markdown, string html, string? themeId = null) =>
        Assert.Equal(html, Spec.Html(markdown, themeIds: themeId is null ? [] : [themeId]));
}

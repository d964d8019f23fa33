using Microsoft.Playwright;

namespace ReportSite.Tests.Browser;

/// <summary>
/// A reader moves between the 2024 and the sample 2023 edition of the World Internet Development
/// Report, under the /report-site/ base path: from a chapter to the same chapter of the other edition,
/// from a report index to the other edition's index, and from the home page's earlier editions.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EditionLinkTests(BrowserFixture browser)
{
    private string Base => browser.Server.BaseUrl;

    /// <summary>
    /// Clicks <paramref name="link"/>, waits until the browser is at the address it names and returns the
    /// server's answer for that address (a navigation the browser serves from its cache fires no response).
    /// </summary>
    private static async Task<IAPIResponse> Follow(IPage page, ILocator link)
    {
        var target = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href")).ToString();
        await link.ClickAsync();
        await page.WaitForURLAsync(target);
        return await page.APIRequest.GetAsync(target);
    }

    private static async Task AssertPage(IPage page, IAPIResponse response, string lang, string title)
    {
        Assert.Equal(200, response.Status);
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(title, (await page.Locator("main h1").InnerTextAsync()).Trim());
    }

    [SkippableFact]
    public async Task A_chapter_links_the_same_chapter_of_the_other_edition_and_back_in_its_language()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("zh/world-internet-2024/development-index/");

        var response = await Follow(page, page.Locator(".article__editions a", new() { HasText = "2023年版本" }));
        Assert.Equal("zh/world-internet-2023/development-index/", watched.Path(Base));
        await AssertPage(page, response, "zh-CN", "世界互联网发展指数（示例文本）");

        response = await Follow(page, page.Locator(".article__editions a", new() { HasText = "2024年版本" }));
        Assert.Equal("zh/world-internet-2024/development-index/", watched.Path(Base));
        await AssertPage(page, response, "zh-CN", "世界互联网发展指数");

        await page.GotoAsync("en/world-internet-2024/overview/");
        response = await Follow(page, page.GetByRole(AriaRole.Link, new() { Name = "2023 edition", Exact = true }));
        Assert.Equal("en/world-internet-2023/overview/", watched.Path(Base));
        await AssertPage(page, response, "en", "Overview (sample text)");
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task A_report_index_and_the_home_page_link_the_other_editions()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("en/world-internet-2023/");

        var response = await Follow(page, page.Locator(".report-editions a").First);
        Assert.Equal("en/world-internet-2024/", watched.Path(Base));
        await AssertPage(page, response, "en", "World Internet Development Report 2024");

        response = await Follow(page, page.Locator(".report-editions a", new() { HasText = "2023 edition" }));
        Assert.Equal("en/world-internet-2023/", watched.Path(Base));
        await AssertPage(page, response, "en", "World Internet Development Report 2023 (sample edition)");

        await page.GotoAsync("zh/");
        response = await Follow(page, page.Locator(".report-table__earlier a").First);
        Assert.Equal("zh/world-internet-2023/", watched.Path(Base));
        await AssertPage(page, response, "zh-CN", "世界互联网发展报告2023（示例版本）");
        watched.AssertNoProblems();
    }
}

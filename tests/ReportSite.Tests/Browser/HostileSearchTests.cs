using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Browser;

/// <summary>
/// Hostile input (issue 10) in the browser: search results show titles and text taken from the
/// content as text, so markup written in a chapter cannot run when a reader searches for it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class HostileSearchTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Markup_in_a_title_and_text_is_shown_as_text_in_search_results_and_never_runs()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        const string title = "<img src=x onerror=window.__xss=1>Quokka title";
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"),
            $"---\ntitle: \"{title}\"\n---\n\nQuokka text with `<svg onload=window.__xss=2>` and &lt;b onmouseover=window.__xss=3&gt;quokka&lt;/b&gt;.\n");
        site.BuildOk("/");
        using var server = new StaticSiteServer(site.Output, "/");
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl });
        await using var watched = new WatchedPage(context, await context.NewPageAsync());
        var page = watched.Page;

        await page.GotoAsync("en/search/?q=quokka");
        var result = page.Locator("#search-results li").First;
        await result.WaitForAsync();

        Assert.Equal(title, await result.Locator("a").InnerTextAsync());
        Assert.Contains("<svg onload=window.__xss=2>", await result.InnerTextAsync());
        Assert.Equal(0, await page.Locator("#search-results img, #search-results svg, #search-results b").CountAsync());
        await result.HoverAsync();
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        watched.AssertNoProblems();
    }
}

namespace ReportSite.Tests.Browser;

/// <summary>
/// The print edition as a reader uses it (issue 21), under the base path: the report index leads to it,
/// its contents and the links between its chapters stay in the page, a phone reads it without sideways
/// scrolling, and printing it hides the site's header, menu, search and footer.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PrintEditionTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("zh/world-internet-2024/", "印刷版")]
    [InlineData("en/world-internet-2024/", "Print edition")]
    public async Task The_report_index_leads_to_the_edition_whose_links_stay_in_the_page(string report, string label)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(1280, 900);
        var page = watched.Page;
        await page.GotoAsync(report);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/print/");
        Assert.Equal($"/report-site/{report}print/", new Uri(page.Url).AbsolutePath);

        // The contents' last entry goes to the last chapter, on this page.
        await page.Locator(".print-contents a").Last.ClickAsync();
        Assert.Equal($"/report-site/{report}print/", new Uri(page.Url).AbsolutePath);
        var hash = new Uri(page.Url).Fragment;
        Assert.Matches("^#ch\\d+$", hash);
        Assert.True(await page.Locator(hash).IsVisibleAsync());

        // Every link to a chapter of this report points inside the edition, at an element that exists.
        var outside = await page.Locator(".print-chapter .prose a[href]").EvaluateAllAsync<string[]>(
            $"links => links.map(a => a.getAttribute('href')).filter(h => h.startsWith('/report-site/{report}') && !h.endsWith('.csv') && !h.includes('/tables-and-figures/'))");
        Assert.Empty(outside);
        var broken = await page.Locator("main a[href^='#']").EvaluateAllAsync<string[]>(
            "links => links.map(a => decodeURIComponent(a.getAttribute('href').slice(1))).filter(id => !document.getElementById(id))");
        Assert.Empty(broken);
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task On_a_phone_the_edition_does_not_scroll_sideways()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(360, 740);
        await watched.Page.GotoAsync("zh/world-internet-2024/print/");
        var sizes = await watched.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(sizes[0] <= sizes[1], $"the edition is {sizes[0]}px wide in a {sizes[1]}px viewport");
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Printed_the_edition_shows_the_report_alone_each_chapter_on_a_new_page()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(1280, 900);
        var page = watched.Page;
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await page.GotoAsync("en/world-internet-2024/print/");
        var hidden = await page.Locator(".site-header, .site-footer, .breadcrumbs, .skip-link").EvaluateAllAsync<string[]>(
            "els => els.map(e => getComputedStyle(e).display)");
        Assert.NotEmpty(hidden);
        Assert.All(hidden, display => Assert.Equal("none", display));
        var breaks = await page.Locator(".print-chapter").EvaluateAllAsync<string[]>("els => els.map(e => getComputedStyle(e).breakBefore)");
        Assert.True(breaks.Length >= 2);
        Assert.All(breaks, b => Assert.Equal("page", b));
        Assert.Equal("edition", await page.Locator(".print-edition").EvaluateAsync<string>("e => getComputedStyle(e).page"));
        watched.AssertNoProblems();
    }
}

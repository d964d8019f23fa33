using Microsoft.Playwright;

namespace ReportSite.Tests.Browser;

/// <summary>What a reader does on the example site, in a real browser, under the /report-site/ base path.</summary>
[Collection(BrowserCollection.Name)]
public class ReaderJourneyTests(BrowserFixture browser)
{
    private string Base => browser.Server.BaseUrl;

    [SkippableFact]
    public async Task Reader_goes_from_home_to_a_section_and_switches_language_keeping_it()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("zh/");
        await page.GetByRole(AriaRole.Link, new() { Name = "世界互联网发展报告2024", Exact = true }).First.ClickAsync();
        Assert.Equal("zh/world-internet-2024/", watched.Path(Base));

        await page.Locator(".chapter-table__title").First.ClickAsync();
        Assert.Equal("zh/world-internet-2024/overview/", watched.Path(Base));

        await page.Locator(".toc a[href='#sec-2']").ClickAsync();
        Assert.EndsWith("#sec-2", watched.Path(Base));
        Assert.True(await page.Locator("#sec-2").IsVisibleAsync());

        await page.Locator(".language-switcher a[hreflang=en]").ClickAsync();
        await page.WaitForURLAsync("**/en/world-internet-2024/overview/#sec-2");
        Assert.Equal("Highlights of the year", (await page.Locator("#sec-2").InnerTextAsync()).TrimEnd('#').Trim());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Switching_language_from_a_text_slug_link_lands_on_the_numbered_section()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("zh/world-internet-2024/cybersecurity/#勒索软件");
        await page.Locator(".language-switcher a[hreflang=en]").ClickAsync();
        await page.WaitForURLAsync("**/en/world-internet-2024/cybersecurity/#sec-1-2");
        Assert.StartsWith("Ransomware", (await page.Locator("#sec-1-2").InnerTextAsync()).Trim());
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Previous_and_next_links_walk_the_report_in_order()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("en/china-internet-2024/infrastructure/");
        await page.Locator("a[rel=next]").ClickAsync();
        Assert.Equal("en/china-internet-2024/digital-economy/", watched.Path(Base));
        await page.Locator("a[rel=prev]").ClickAsync();
        await page.Locator("a[rel=prev]").ClickAsync();
        Assert.Equal("en/china-internet-2024/overview/", watched.Path(Base));
        Assert.Equal(0, await page.Locator("a[rel=prev]").CountAsync());
        watched.AssertNoProblems();
    }

    [SkippableTheory]
    [InlineData("zh", "数据治理", "zh/world-internet-2024/data-governance/#sec-1")]
    [InlineData("en", "ransomware", "en/world-internet-2024/cybersecurity/#sec-1-2")]
    public async Task Search_from_the_header_opens_the_right_section(string language, string query, string expected)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync($"{language}/china-internet-2024/overview/");
        await page.Locator("#site-search-input").FillAsync(query);
        await page.Locator("#site-search-input").PressAsync("Enter");
        await page.WaitForURLAsync($"**/{language}/search/?q=*");
        var first = page.Locator("#search-results li").First;
        await first.WaitForAsync();
        Assert.True(await first.Locator("mark").CountAsync() > 0, "the snippet highlights the query");
        Assert.Contains(query, await page.Locator("#search-status").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await first.Locator("a").ClickAsync();
        Assert.Equal(expected, watched.Path(Base));
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Search_page_link_is_shareable_and_the_scope_switch_includes_the_other_language()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("zh/search/?q=ransomware");
        await page.Locator("#search-help").WaitForAsync();
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
        await page.Locator("input[name=scope][value=all]").CheckAsync();
        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.Contains("scope=all", page.Url);
        Assert.Equal("en", await page.Locator("#search-results li").First.GetAttributeAsync("lang"));
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Data_table_sorts_by_a_column_and_says_so()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("en/world-internet-2024/development-index/");
        var header = page.Locator("#table-1 thead th").Nth(2);
        await header.Locator("button").ClickAsync();
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        var values = await page.Locator("#table-1 tbody tr td:nth-child(3)").EvaluateAllAsync<double[]>("cells => cells.map(c => parseFloat(c.dataset.sort))");
        Assert.Equal(values.Order(), values);
        await header.Locator("button").ClickAsync();
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        values = await page.Locator("#table-1 tbody tr td:nth-child(3)").EvaluateAllAsync<double[]>("cells => cells.map(c => parseFloat(c.dataset.sort))");
        Assert.Equal(values.OrderDescending(), values);
        watched.AssertNoProblems();
    }

    [SkippableTheory]
    [InlineData("zh/")]
    [InlineData("en/world-internet-2024/")]
    [InlineData("zh/world-internet-2024/development-index/")]
    [InlineData("en/world-internet-2024/development-index/")]
    [InlineData("zh/china-internet-2024/overview/")]
    [InlineData("en/glossary/")]
    [InlineData("zh/search/?q=网络安全")]
    public async Task Phone_has_no_horizontal_scroll_and_the_menu_works(string path)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(360, 740);
        var page = watched.Page;
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, width) = (sizes[0], sizes[1]);
        Assert.True(scroll <= width, $"{path}: page is {scroll}px wide in a {width}px viewport");
        // On a phone the menu's links are behind its "Menu" disclosure, which opens without script.
        var menu = page.Locator(".site-menu a:visible");
        Assert.Equal(0, await menu.CountAsync());
        await page.Locator(".site-menu summary").ClickAsync();
        menu = menu.Nth(1);
        Assert.True(await menu.IsVisibleAsync());
        var target = await menu.GetAttributeAsync("href");
        await menu.ClickAsync();
        Assert.Equal(target, new Uri(page.Url).AbsolutePath);
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Keyboard_alone_reaches_search_and_the_language_switcher()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("zh/world-internet-2024/overview/");
        var reached = new HashSet<string>();
        for (var i = 0; i < 30 && reached.Count < 2; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.closest('nav')?.className || ''");
            if (focused == "site-search-input") reached.Add("search");
            if (focused.Contains("language-switcher")) reached.Add("language");
        }
        Assert.Equal(["language", "search"], reached.Order());

        await page.Locator("main").ClickAsync();
        await page.Keyboard.PressAsync("/");
        Assert.Equal("site-search-input", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Skip_link_moves_focus_to_the_main_content()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("en/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url);
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Unknown_address_gets_the_bilingual_404_page_with_status_404()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        watched.ExpectNotFound("/no-such-page/");
        var response = await watched.Page.GotoAsync("zh/no-such-page/");
        Assert.Equal(404, response!.Status);
        Assert.Equal(2, await watched.Page.Locator(".not-found__language").CountAsync());
        await watched.Page.Locator(".not-found__language[lang=en] a").ClickAsync();
        Assert.Equal("en/", watched.Path(Base));
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task The_content_security_policy_refuses_inline_scripts_and_the_site_needs_none()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync("zh/world-internet-2024/development-index/");
        var policy = await page.Locator("meta[http-equiv=Content-Security-Policy]").GetAttributeAsync("content");
        Assert.StartsWith("default-src 'self'", policy);
        var error = await Assert.ThrowsAsync<Microsoft.Playwright.PlaywrightException>(() => page.AddScriptTagAsync(new() { Content = "window.injected = 1" }));
        Assert.Contains("Content Security Policy", error.Message);
        // Every script and stylesheet is a fingerprinted file checked by Subresource Integrity.
        var resources = await page.Locator("script[src], link[rel=stylesheet]").EvaluateAllAsync<string[]>(
            "nodes => nodes.map(n => (n.src || n.href) + ' ' + n.integrity)");
        Assert.All(resources, r => Assert.Matches(@"\.[0-9a-f]{10}\.(js|css) sha384-", r));
    }

    [SkippableTheory]
    [InlineData("zh-CN", "zh/")]
    [InlineData("en-GB", "en/")]
    [InlineData("fr-FR", "")] // no match: the root page stays, offering both
    public async Task Root_page_picks_the_browsers_language(string locale, string expected)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(locale: locale);
        await watched.Page.GotoAsync("");
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(expected, watched.Path(Base));
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Root_page_remembers_an_explicit_choice()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(locale: "en-US");
        var page = watched.Page;
        await page.GotoAsync("en/");
        await page.Locator(".language-switcher a[hreflang=zh-CN]").ClickAsync();
        Assert.Equal("zh/", watched.Path(Base));
        await page.GotoAsync("");
        await page.WaitForURLAsync("**/zh/");
        watched.AssertNoProblems();
    }
}

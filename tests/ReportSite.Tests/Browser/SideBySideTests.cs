namespace ReportSite.Tests.Browser;

/// <summary>
/// The side-by-side view as a reader sees it (issue 21): on a desktop each numbered section of the
/// Chinese version starts level with the same section of the English one, in the same order; on a
/// phone each row stacks (Chinese, then English) and nothing scrolls sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SideBySideTests(BrowserFixture browser)
{
    /// <summary>Per row with a section in both languages: its id, the zh and en headings' tops, and their lefts.</summary>
    private const string Headings =
        "rows => rows.map(r => { const zh = r.querySelector(':scope > [lang=zh-CN] > :is(h2,h3,h4)'), en = r.querySelector(':scope > [lang=en] > :is(h2,h3,h4)'); " +
        "return zh && en ? [r.dataset.section, zh.id, en.id, zh.getBoundingClientRect().top + scrollY, en.getBoundingClientRect().top + scrollY, zh.getBoundingClientRect().left, en.getBoundingClientRect().left].join(' ') : null; }).filter(x => x)";

    [SkippableTheory]
    [InlineData("zh/world-internet-2024/development-index/parallel/")]
    [InlineData("en/world-internet-2024/development-index/parallel/")]
    [InlineData("zh/china-internet-2024/overview/parallel/")]
    public async Task Each_section_of_zh_stands_beside_the_same_section_of_en_on_a_desktop(string path)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(1280, 900);
        await watched.Page.GotoAsync(path);
        var rows = (await watched.Page.Locator(".parallel__row[data-section]").EvaluateAllAsync<string[]>(Headings))
            .Select(r => r.Split(' ')).ToList();
        Assert.True(rows.Count >= 2, $"{path}: {rows.Count} paired sections");
        var previous = double.MinValue;
        foreach (var row in rows)
        {
            var (section, zhId, enId) = (row[0], row[1], row[2]);
            var (zhTop, enTop, zhLeft, enLeft) = (double.Parse(row[3], Inv), double.Parse(row[4], Inv), double.Parse(row[5], Inv), double.Parse(row[6], Inv));
            Assert.Equal(("zh-" + section, "en-" + section), (zhId, enId));
            Assert.True(Math.Abs(zhTop - enTop) <= 3, $"{path} {section}: zh at {zhTop}px, en at {enTop}px");
            Assert.True(enLeft > zhLeft + 300, $"{path} {section}: en at left {enLeft}px is not beside zh at {zhLeft}px");
            Assert.True(zhTop > previous, $"{path} {section} is above the section before it");
            previous = zhTop;
        }
        watched.AssertNoProblems();
    }

    [SkippableTheory]
    [InlineData("zh/world-internet-2024/development-index/parallel/")]
    [InlineData("en/world-internet-2024/development-index/parallel/")]
    public async Task On_a_phone_rows_stack_zh_then_en_without_sideways_scrolling(string path)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(360, 740);
        var page = watched.Page;
        await page.GotoAsync(path);
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(sizes[0] <= sizes[1], $"{path}: page is {sizes[0]}px wide in a {sizes[1]}px viewport");
        var stacked = await page.Locator(".parallel__row[data-section]").EvaluateAllAsync<bool[]>(
            "rows => rows.map(r => { const [a, b] = r.children; return a.getAttribute('lang') === 'zh-CN' && a.getBoundingClientRect().bottom <= b.getBoundingClientRect().top + 1; })");
        Assert.NotEmpty(stacked);
        Assert.All(stacked, Assert.True);
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task In_page_links_of_each_column_go_to_that_column()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(1280, 900);
        var page = watched.Page;
        // No smooth scrolling: the target's place is read right after the click.
        await page.EmulateMediaAsync(new() { ReducedMotion = Microsoft.Playwright.ReducedMotion.Reduce });
        await page.GotoAsync("en/world-internet-2024/development-index/parallel/");
        await page.Locator("[lang=en] a.heading-anchor[href='#en-sec-2']").ClickAsync(new() { Force = true });
        Assert.EndsWith("#en-sec-2", page.Url);
        Assert.True(await page.EvaluateAsync<bool>("() => { const t = document.getElementById('en-sec-2').getBoundingClientRect().top; return t >= -2 && t < 200; }"));
        watched.AssertNoProblems();
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}

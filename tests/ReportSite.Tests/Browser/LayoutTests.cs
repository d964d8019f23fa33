using Microsoft.Playwright;

namespace ReportSite.Tests.Browser;

/// <summary>
/// Layout the browser computes from the theme's CSS, measured rather than eyeballed: numbers line up
/// on the right, short headers stay on one line on a phone, sort buttons leave no box in print.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LayoutTests(BrowserFixture browser)
{
    /// <summary>The number of line boxes an element's text takes.</summary>
    private const string LineCount =
        "e => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))).size; }";

    [SkippableTheory]
    [InlineData("en/world-internet-2024/development-index/", "#table-1 td.num")]
    [InlineData("zh/world-internet-2024/development-index/", "#table-1 td.num")]
    [InlineData("en/world-internet-2024/development-index/", "#table-1 th.num")]
    [InlineData("zh/", ".report-table td.num")]
    [InlineData("en/world-internet-2024/", ".chapter-table td.num")]
    [InlineData("en/world-internet-2024/", ".chapter-table th.num")]
    public async Task Number_columns_are_right_aligned(string path, string cells)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync(path);
        var alignments = await page.Locator(cells).EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c).textAlign)");
        Assert.NotEmpty(alignments);
        Assert.All(alignments, a => Assert.Equal("right", a));
    }

    [SkippableTheory]
    [InlineData("zh/", ".report-table thead th")]
    [InlineData("en/", ".report-table thead th")]
    [InlineData("zh/world-internet-2024/", ".chapter-table thead th")]
    [InlineData("en/world-internet-2024/", ".chapter-table thead th")]
    public async Task Index_table_headers_break_only_between_words_on_a_phone(string path, string headers)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync(360, 740);
        var page = watched.Page;
        await page.GotoAsync(path);
        var visible = page.Locator(headers + ":visible");
        var texts = await visible.AllInnerTextsAsync();
        var lines = await visible.EvaluateAllAsync<int[]>($"cells => cells.map({LineCount})");
        Assert.NotEmpty(lines);
        // 章节数 is one word: one line. "Reading time" may take two, never "Read-ing".
        Assert.All(texts.Zip(lines), h => Assert.True(h.Second <= h.First.Split(' ').Length,
            $"{path}: header '{h.First}' takes {h.Second} lines at 360 px"));
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(sizes[0] <= sizes[1], $"{path}: page is {sizes[0]}px wide in a {sizes[1]}px viewport");
    }

    [SkippableTheory]
    [InlineData("zh/world-internet-2024/development-index/")]
    [InlineData("en/world-internet-2024/development-index/")]
    public async Task Sort_buttons_print_as_plain_header_text(string path)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync(path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var buttons = page.Locator("table.sortable th button");
        Assert.True(await buttons.CountAsync() > 0);
        var looks = await buttons.EvaluateAllAsync<string[]>(
            "bs => bs.map(b => { const s = getComputedStyle(b); return [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth, s.backgroundColor, s.boxShadow, s.paddingTop, s.paddingLeft].join(' '); })");
        Assert.All(looks, look => Assert.Equal("0px 0px 0px 0px rgba(0, 0, 0, 0) none 0px 0px", look));
        // And on screen too: the header cell draws the border, the button inside it none.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        looks = await buttons.EvaluateAllAsync<string[]>("bs => bs.map(b => { const s = getComputedStyle(b); return [s.borderTopWidth, s.borderBottomWidth].join(' '); })");
        Assert.All(looks, look => Assert.Equal("0px 0px", look));
    }

    /// <summary>
    /// The header's parts (site name, menu, search box, languages) stand side by side from 800 px up, in
    /// both languages: below the width where the whole menu fits, its links fold into a "Menu" disclosure.
    /// </summary>
    [SkippableTheory]
    [InlineData("zh/world-internet-2024/overview/")]
    [InlineData("en/world-internet-2024/overview/")]
    [InlineData("en/")]
    [InlineData("en/glossary/")]
    public async Task The_header_stays_on_one_line_from_800_px(string path)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        foreach (var width in new[] { 800, 900, 1000, 1100, 1200, 1280, 1440, 1600 })
        {
            await using var watched = await browser.NewPageAsync(width, 700);
            var page = watched.Page;
            await page.GotoAsync(path);
            // Each visible part's top and bottom: one line when every part overlaps every other vertically.
            var boxes = await page.Locator(".site-header__inner > *:visible, .site-menu > *:visible, .language-switcher li:visible")
                .EvaluateAllAsync<double[][]>("es => es.map(e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; })");
            Assert.True(boxes.Length >= 4, $"{path} at {width} px: {boxes.Length} header parts");
            var (lowestTop, highestBottom) = (boxes.Max(b => b[0]), boxes.Min(b => b[1]));
            Assert.True(lowestTop < highestBottom, $"{path} at {width} px: the header wraps (a part starts at {lowestTop:0} px, another ends at {highestBottom:0} px)");
            var menuLinks = await page.Locator(".site-menu a:visible").CountAsync();
            var summary = page.Locator(".site-menu summary");
            Assert.True(menuLinks > 0 || await summary.IsVisibleAsync(), $"{path} at {width} px: neither the menu nor its disclosure is shown");
        }
    }
}

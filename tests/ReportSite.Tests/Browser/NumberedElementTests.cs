using System.Text.Json;
using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Browser;

/// <summary>
/// Boxes and image figures of the example site in a browser: named for assistive technology, axe-clean
/// in light and dark mode, kept whole in print; captured (tests/artifacts/screenshots/numbered-*.png)
/// in both languages on a desktop and a phone, light, dark and print.
/// </summary>
[Collection(BrowserCollection.Name)]
public class NumberedElementTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("zh", "专栏10-1", "图10-1")]
    [InlineData("en", "Box 10-1", "Figure 10-1")]
    public async Task The_box_and_the_image_figure_are_named_pass_axe_and_are_captured(string language, string box, string figure)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var missing = TestTools.Missing(TestTools.AxeScript);
        Skip.If(missing is not null, missing);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var (device, width) in new[] { ("desktop", 1280), ("phone", 390) })
        {
            await using var context = await browser.Browser.NewContextAsync(new()
            {
                BaseURL = browser.Server.BaseUrl, ColorScheme = scheme, ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true,
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{language}/world-internet-2024/development-index/");
            var aside = page.Locator("aside#box-1");
            var image = page.Locator("figure#figure-1");
            Assert.StartsWith(box, await aside.GetAttributeAsync("aria-labelledby") is { } id ? await page.Locator("#" + id).InnerTextAsync() : "");
            Assert.StartsWith(figure, await image.Locator("figcaption").InnerTextAsync());
            var mode = scheme.ToString().ToLowerInvariant();
            await aside.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"numbered-box-{language}-{device}-{mode}.png") });
            await image.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"numbered-figure-{language}-{device}-{mode}.png") });
            if (device == "desktop" && scheme == ColorScheme.Light)
            {
                await page.EmulateMediaAsync(new() { Media = Media.Print });
                Assert.Equal("avoid", await aside.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
                await aside.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"numbered-box-{language}-print.png") });
                await page.EmulateMediaAsync(new() { Media = Media.Screen });
            }
            await page.AddScriptTagAsync(new() { Path = TestTools.AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations");
            var found = json.EnumerateArray()
                .Select(v => $"{v.GetProperty("id").GetString()}: " + string.Join("; ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))
                .ToList();
            Assert.True(found.Count == 0, $"{language} {scheme} {width}px:\n" + string.Join("\n", found));
        }
    }
}

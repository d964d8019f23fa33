using System.Text.Json;
using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Browser;

/// <summary>
/// The example site's highlighted code (the Python script on the About the Index page): a copy
/// button that site.js adds copies the code exactly and says so to screen readers; without
/// JavaScript there is no button; the colours pass axe in light and dark mode. Screenshots of the
/// block (light, dark, print; desktop and phone) go to tests/artifacts/screenshots/.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CodeBlockTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("zh", "复制", "已复制")]
    [InlineData("en", "Copy", "Copied")]
    public async Task The_copy_button_copies_the_code_exactly_from_the_keyboard_and_announces_it(string language, string label, string copied)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = new Uri(browser.Server.BaseUrl).GetLeftPart(UriPartial.Authority) });
        await page.GotoAsync($"{language}/methodology/");
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).CountAsync());
        var button = page.Locator(".code-block__copy");

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(button).ToHaveTextAsync(copied);
        Assert.Equal(copied, await page.Locator(".prose [role=status][aria-live=polite]").TextContentAsync());
        Assert.Equal(CodeOf(language), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Assertions.Expect(button).ToHaveTextAsync(label, new() { Timeout = 5000 });
        watched.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Without_javascript_the_code_is_highlighted_and_there_is_no_button()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.Server.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("en/methodology/");
        Assert.Equal(0, await page.Locator(".prose button, .code-block").CountAsync());
        Assert.True(await page.Locator(".prose pre > code.language-python .hl-keyword").CountAsync() > 0);
        Assert.Equal(CodeOf("en") + "\n", await page.Locator(".prose pre > code").TextContentAsync());
    }

    [SkippableTheory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_code_colours_pass_axe_in_light_and_dark_mode_and_are_captured(string language)
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
            await page.GotoAsync($"{language}/methodology/");
            var block = page.Locator(".code-block");
            await block.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"code-{language}-{device}-{scheme.ToString().ToLowerInvariant()}.png") });
            if (device == "desktop" && scheme == ColorScheme.Light)
            {
                await page.EmulateMediaAsync(new() { Media = Media.Print });
                await page.Locator(".prose pre").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"code-{language}-print.png") });
                await page.EmulateMediaAsync(new() { Media = Media.Screen });
            }
            await page.AddScriptTagAsync(new() { Path = TestTools.AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations");
            var serious = json.EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{v.GetProperty("id").GetString()}: " + string.Join("; ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))
                .ToList();
            Assert.True(serious.Count == 0, $"{language} {scheme} {width}px:\n" + string.Join("\n", serious));
        }
    }

    /// <summary>The Python script as the page's Markdown writes it, between its fences.</summary>
    private static string CodeOf(string language)
    {
        var markdown = File.ReadAllText(Path.Combine(RepoPaths.ExampleInput, "pages", language, "methodology.md")).ReplaceLineEndings("\n");
        var start = markdown.IndexOf("```python\n", StringComparison.Ordinal) + "```python\n".Length;
        return markdown[start..markdown.IndexOf("\n```", start, StringComparison.Ordinal)];
    }
}

namespace ReportSite.Tests.Browser;

/// <summary>
/// Screenshots of the main pages, in both languages, on a desktop and a phone, saved under
/// tests/artifacts/screenshots/ (git-ignored) for a person to look at after a run.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScreenshotTests(BrowserFixture browser)
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "home", "{0}/" },
        { "report", "{0}/world-internet-2024/" },
        { "chapter", "{0}/china-internet-2024/overview/" },
        { "data", "{0}/world-internet-2024/development-index/" },
        { "parallel", "{0}/world-internet-2024/development-index/parallel/" },
        { "search", "{0}/search/?q={1}" },
        { "glossary", "{0}/glossary/" },
    };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Main_pages_are_captured_in_both_languages_on_desktop_and_phone(string name, string pattern)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        foreach (var (language, query) in new[] { ("zh", "网络安全"), ("en", "cybersecurity") })
        foreach (var (device, width, height) in new[] { ("desktop", 1280, 900), ("phone", 360, 740) })
        {
            await using var watched = await browser.NewPageAsync(width, height);
            await watched.Page.GotoAsync(string.Format(pattern, language, Uri.EscapeDataString(query)));
            if (name == "search") await watched.Page.Locator("#search-results li").First.WaitForAsync();
            var file = Path.Combine(BrowserFixture.Screenshots, $"{name}-{language}-{device}.png");
            await watched.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
            watched.AssertNoProblems();
        }
    }

    [SkippableTheory]
    [InlineData("overview", "{0}/world-internet-2024/overview/")]
    [InlineData("development-index", "{0}/world-internet-2024/development-index/")]
    public async Task Cross_references_are_captured_in_both_languages_on_desktop_and_phone(string name, string pattern)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        foreach (var language in new[] { "zh", "en" })
        foreach (var (device, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            await using var watched = await browser.NewPageAsync(width, height);
            await watched.Page.GotoAsync(string.Format(pattern, language));
            var reference = watched.Page.Locator(".prose a.xref").Last;
            await reference.ScrollIntoViewIfNeededAsync();
            var file = Path.Combine(BrowserFixture.Screenshots, $"xref-{name}-{language}-{device}.png");
            await watched.Page.ScreenshotAsync(new() { Path = file });
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
            watched.AssertNoProblems();
        }
    }
}

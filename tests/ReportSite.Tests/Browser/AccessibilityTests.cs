using System.Text.Json;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Browser;

/// <summary>axe-core, injected into the main pages in both languages: no serious or critical violations.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("zh/")]
    [InlineData("en/")]
    [InlineData("zh/world-internet-2024/")]
    [InlineData("en/china-internet-2024/")]
    [InlineData("zh/world-internet-2024/development-index/")]
    [InlineData("en/world-internet-2024/development-index/")]
    [InlineData("zh/world-internet-2024/development-index/parallel/")]
    [InlineData("en/china-internet-2024/overview/parallel/")]
    [InlineData("zh/world-internet-2024/print/")]
    [InlineData("en/china-internet-2024/print/")]
    [InlineData("zh/search/?q=数据治理")]
    [InlineData("en/search/?q=ransomware")]
    [InlineData("zh/glossary/")]
    [InlineData("en/world-internet-2024/tables-and-figures/")]
    [InlineData("en/world-internet-2023/")]
    [InlineData("zh/world-internet-2023/overview/")]
    [InlineData("")]
    public async Task Page_has_no_serious_or_critical_accessibility_violations(string path)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var missing = TestTools.Missing(TestTools.AxeScript);
        Skip.If(missing is not null, missing);

        foreach (var (width, height) in new[] { (1280, 900), (360, 740) })
        {
            await using var watched = await browser.NewPageAsync(width, height, bypassCsp: true);
            var page = watched.Page;
            await page.GotoAsync(path);
            if (path.Contains("search/")) await page.Locator("#search-results li").First.WaitForAsync();
            await page.AddScriptTagAsync(new() { Path = TestTools.AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations");
            var serious = json.EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} — " +
                             string.Join("; ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))
                .ToList();
            Assert.True(serious.Count == 0, $"{path} at {width}px:\n" + string.Join("\n", serious));
            watched.AssertNoProblems();
        }
    }
}

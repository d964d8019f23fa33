using Microsoft.Playwright;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Browser;

/// <summary>
/// A reader (or an editor) who finds a mistake follows "编辑此页" / "Edit this page" at the end of a chapter
/// or page, on the site published under /report-site/: the link opens the repository's editor on that
/// page's own source file, in the language read, on the configured branch.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EditLinkTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("zh/world-internet-2024/development-index/", "编辑此页", "input/reports/world-internet-2024/zh/10-development-index.md")]
    [InlineData("en/china-internet-2024/cybersecurity/", "Edit this page", "input/reports/china-internet-2024/en/07-cybersecurity.md")]
    [InlineData("en/world-internet-2023/overview/", "Edit this page", "input/reports/world-internet-2023/en/01-overview.md")]
    [InlineData("zh/methodology/", "编辑此页", "input/pages/zh/methodology.md")]
    [InlineData("en/translation-notes/", "Edit this page", "input/pages/en/translation-notes.md")]
    public async Task The_edit_link_opens_the_pages_own_source_file(string path, string name, string source)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);

        var link = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        Assert.Equal(1, await link.CountAsync());
        Assert.True(await link.IsVisibleAsync());
        Assert.Equal($"{BrowserFixture.RepoUrl}/edit/main/{source}", await link.GetAttributeAsync("href"));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, source)), $"{source} is no file of the repository");
        watched.AssertNoProblems();
    }
}

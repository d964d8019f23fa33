using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

/// <summary>
/// Issue 18: names that collide with what the site publishes itself, and two versions of one
/// translation in one language, are errors at the file, not an internal error while writing.
/// </summary>
public class ReservedNamesTests
{
    [Theory]
    [InlineData("search")]
    [InlineData("feed.xml")]
    [InlineData("index.html")]
    [InlineData("glossary")]
    [InlineData("Data")]
    public void A_report_named_like_a_page_the_site_publishes_is_an_error_at_its_folder(string id)
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With($"reports/{id}/report.yaml", SiteFiles.ReportYaml)
            .With($"reports/{id}/zh/01-a.md", "---\ntitle: 甲\n---\n\n## 背景\n\n正文。\n")
            .With($"reports/{id}/en/01-a.md", "---\ntitle: A\n---\n\n## Background\n\nText.\n"));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.OutputCollision.Id, $"reports/{id}", Severity.Error), (error.Code, error.File, error.Severity));
        Assert.Contains($"cannot be named '{id}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("index.html")]
    public void A_page_named_like_a_file_the_site_publishes_is_an_error_at_the_file(string slug)
    {
        using var site = new TestSite(SiteFiles.Minimal().With($"pages/zh/{slug}.md", "---\ntitle: 甲\nonly_in: zh\n---\n\n正文。\n"));
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal((DiagnosticCodes.OutputCollision.Id, $"pages/zh/{slug}.md"), (error.Code, error.File));
    }

    [Fact]
    public void The_same_translation_key_twice_in_one_language_is_an_error_at_the_second_file()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/zh/02-b.md", "---\ntitle: 乙\ntranslation_key: k\n---\n\n## 背景\n\n正文。\n")
            .With("reports/r/zh/03-c.md", "---\ntitle: 丙\ntranslation_key: k\n---\n\n## 背景\n\n正文。\n")
            .With("reports/r/en/02-b.md", "---\ntitle: B\ntranslation_key: k\n---\n\n## Background\n\nText.\n"));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.DuplicateTranslationKey.Id, "reports/r/zh/03-c.md"), (error.Code, error.File));
        Assert.Contains("reports/r/zh/02-b.md", error.Message, StringComparison.Ordinal);
    }
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>Hostile input (issue 10): names that become URLs and output paths keep to a safe character set.</summary>
public class UnsafeNameTests
{
    [Theory]
    [InlineData("02-<img src=x onerror=alert(1)>.md")]
    [InlineData("02-a\"onmouseover=\"alert(1).md")]
    [InlineData("02-100% done.md")]
    [InlineData("02-a#b?c.md")]
    [InlineData("02-..md")]
    public void A_chapter_file_name_that_a_url_cannot_carry_is_skipped_with_an_error(string fileName)
    {
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en", fileName), "---\ntitle: Two\n---\n\nText.\n");
        Directory.CreateDirectory(site.Output);

        var result = site.Build();

        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal((DiagnosticCodes.UnsafeName.Id, "reports/r/en/" + fileName), (error.Code, error.File));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => f.Contains("onerror") || f.Contains('%'));
    }

    [Fact]
    public void Chinese_slugs_are_fine()
    {
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en/02-概述.md"), "---\ntitle: Two\n---\n\nText.\n");
        site.BuildOk();
        Assert.True(site.Exists("en/r/概述/index.html"));
    }

    [Theory]
    [InlineData("[zh, ../../evil]")]
    [InlineData("[zh, \"en/../../x\"]")]
    [InlineData("[zh, \"<script>\"]")]
    public void A_language_code_that_would_leave_the_output_folder_is_an_error_at_site_yaml(string languages)
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", $"title: Test\nlanguages: {languages}\n"));
        Directory.CreateDirectory(site.Output);

        var error = Assert.Single(TestSite.Errors(site.Build()));

        Assert.Equal((DiagnosticCodes.UnsafeName.Id, "site.yaml", 2), (error.Code, error.File, error.Line));
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Input, "..", "evil")));
    }

    [Fact]
    public void A_report_folder_with_markup_in_its_name_is_skipped_with_an_error()
    {
        using var site = TestSite.WithChapter("Text.");
        var folder = Path.Combine(site.Input, "reports", "r<svg onload=alert(1)>");
        Directory.CreateDirectory(Path.Combine(folder, "en"));
        File.WriteAllText(Path.Combine(folder, "report.yaml"), SiteFiles.ReportYaml);
        File.WriteAllText(Path.Combine(folder, "en", "01-a.md"), "---\ntitle: A\n---\n\nText.\n");

        var error = Assert.Single(TestSite.Errors(site.Build()));

        Assert.Equal((DiagnosticCodes.UnsafeName.Id, "reports/r<svg onload=alert(1)>"), (error.Code, error.File));
    }
}

using ReportSite.Diagnostics;
using ReportSite.Output;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>Hostile input (issue 10): nothing is read from or written to outside the input and output folders.</summary>
public class OutputPathTests
{
    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("en/../../escaped.html")]
    [InlineData("/tmp/escaped.html")]
    public void Every_output_path_is_checked_to_lie_in_the_output_folder(string sitePath)
    {
        using var temp = new TempDirectory();
        using var output = new StagedOutput(temp.Combine("_site"));
        Assert.Throws<ArgumentException>(() => output.WriteText(sitePath, "x"));
        Assert.Throws<ArgumentException>(() => output.CopyFile(temp.Combine("missing"), sitePath));
        Assert.False(File.Exists(temp.Combine("escaped.html")));
    }

    [Theory]
    [InlineData("![x](../../../../../../etc/passwd)")]
    [InlineData("[key](../../../../../../../../root/.ssh/id_rsa)")]
    public void An_image_or_file_path_out_of_the_input_is_an_error_and_nothing_is_copied(string markdown)
    {
        using var site = TestSite.WithChapter(markdown);
        Directory.CreateDirectory(site.Output);

        var error = Assert.Single(TestSite.Errors(site.Build()));

        Assert.Contains(error.Code, new[] { DiagnosticCodes.MissingImage.Id, DiagnosticCodes.BrokenLink.Id });
        Assert.Equal(("reports/r/en/01-intro.md", 5), (error.File, error.Line));
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Output));
    }
}

using ReportSite.Tests.Support;

namespace ReportSite.Tests.Configuration;

public class ReportCoverTests
{
    [Theory]
    [InlineData("https://example.org/cover.png")]
    [InlineData("https://{{cdn}}/cover.png")]
    [InlineData("data:image/png;base64,AAAA")]
    public void A_cover_given_as_an_address_says_so_instead_of_looking_for_a_file(string cover)
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/report.yaml", SiteFiles.ReportYaml + $"cover: \"{cover}\"\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0202", "reports/r/report.yaml", 3), (error.Code, error.File, error.Line));
        Assert.Contains("is an address, not a file", error.Message);
    }
}

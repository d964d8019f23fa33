using ReportSite.Linking;

namespace ReportSite.Tests.Linking;

public class UrlReferenceTests
{
    [Theory]
    [InlineData("https://{{{.console-url}}}/project/clusters")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("tel:+86-10-1234")]
    [InlineData("ftp://ftp.example.org/a.txt")]
    [InlineData("vscode+insiders.x-1:open")]
    [InlineData("HTTPS://EXAMPLE.ORG")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("/zh/about/")]
    public void Anything_with_a_scheme_or_a_leading_slash_is_not_local(string url) =>
        Assert.False(UrlReference.IsLocal(url));

    [Theory]
    [InlineData("02-economy.md#sec-1")]
    [InlineData("../images/chart.svg")]
    [InlineData("images/a:b.png")]
    [InlineData("1x:2.png")]
    [InlineData("#sec-2")]
    [InlineData("数据/图一.png")]
    public void Relative_paths_are_local(string url) => Assert.True(UrlReference.IsLocal(url));

    [Theory]
    [InlineData(@"C:\Users\x.png", true)]
    [InlineData("d:/docs/a.md", true)]
    [InlineData("c:x", false)]
    [InlineData("https://x.org", false)]
    public void A_drive_letter_with_a_slash_is_a_windows_path(string url, bool drivePath) =>
        Assert.Equal(drivePath, UrlReference.IsDrivePath(url));

    [Theory]
    [InlineData("https://example.org/a b")]
    [InlineData("http://例子.中国/路径")]
    [InlineData("https://user@example.org:8443/x?y=1#z")]
    [InlineData("mailto:{name}@example.org")]
    [InlineData("custom:{anything goes}")]
    public void Valid_web_addresses_and_other_schemes_have_no_problem(string url) =>
        Assert.Null(UrlReference.WebAddressProblem(url));

    [Theory]
    [InlineData("https://{{{.console-url}}}/project/clusters", "'{'")]
    [InlineData("https://${HOST}:8080/", "'{'")]
    [InlineData("http://a b/", "' '")]
    [InlineData("https:///x", "no host")]
    [InlineData("https:example.org", "'//'")]
    [InlineData("https://example.org:port/", "not a host name")]
    public void Malformed_web_addresses_say_what_is_wrong(string url, string named) =>
        Assert.Contains(named, UrlReference.WebAddressProblem(url));
}

using ReportSite.Linking;

namespace ReportSite.Tests.Linking;

public class UrlBuilderTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("report-site", "/report-site/")]
    [InlineData("/report-site", "/report-site/")]
    [InlineData("/a//b/", "/a/b/")]
    [InlineData("https://example.org/report-site", "/report-site/")]
    [InlineData("https://example.org", "/")]
    public void Base_path_always_starts_and_ends_with_a_slash(string baseUrl, string expected) =>
        Assert.Equal(expected, new UrlBuilder(baseUrl).BasePath);

    [Fact]
    public void Hrefs_respect_the_base_path()
    {
        var urls = new UrlBuilder("/report-site/");
        Assert.Equal("/report-site/zh/wid-2024/economy/", urls.Href(UrlBuilder.ChapterPath("zh", "wid-2024", "economy")));
        Assert.Equal("/report-site/en/about/", urls.Href(UrlBuilder.PagePath("en", "about")));
        Assert.Equal("/report-site/", urls.Href(""));
    }

    [Fact]
    public void Absolute_urls_need_a_host_in_the_base_url()
    {
        Assert.Equal("https://example.org/r/zh/", new UrlBuilder("https://example.org/r/").Absolute("zh/"));
        Assert.Equal("/r/zh/", new UrlBuilder("/r/").Absolute("zh/"));
    }

    [Theory]
    [InlineData("zh/r/economy/", "zh/r/economy/index.html")]
    [InlineData("", "index.html")]
    [InlineData("404.html", "404.html")]
    public void Directory_urls_are_written_as_index_html(string sitePath, string file) =>
        Assert.Equal(file, UrlBuilder.OutputFile(sitePath));
}

using System.Text.Json;
using System.Xml.Linq;
using ReportSite.Build;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Publishing;

/// <summary>The example site built as GitHub Pages builds it, under an absolute base URL.</summary>
public sealed class PublishedSiteFixture : IDisposable
{
    public const string BaseUrl = "https://example.org/report-site/";
    private readonly TempDirectory _temp = new();

    public PublishedSiteFixture()
    {
        First = Build("first");
        Second = Build("second");
    }

    public string First { get; }
    public string Second { get; }

    private string Build(string name)
    {
        var output = _temp.Combine(name);
        var result = new SiteBuilder().Build(new BuildOptions
        {
            InputDirectory = RepoPaths.ExampleInput,
            OutputDirectory = output,
            BaseUrl = BaseUrl,
            ThemeSearchPaths = [RepoPaths.Themes],
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return output;
    }

    public void Dispose() => _temp.Dispose();
}

public class PublishingTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private string Read(string path) => File.ReadAllText(Path.Combine(site.First, path));

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = Files(site.First);
        var second = Files(site.Second);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        var different = first.Where(f => !f.Value.AsSpan().SequenceEqual(second[f.Key])).Select(f => f.Key).ToList();
        Assert.True(different.Count == 0, "differ: " + string.Join(", ", different.Take(10)));
        Assert.True(first.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)) > 50, "the comparison covers every page of the example site");
    }

    [Fact]
    public void Sitemap_lists_every_indexable_page_with_its_language_versions()
    {
        var sitemap = XDocument.Parse(Read("sitemap.xml"));
        var urls = sitemap.Root!.Elements(Sitemaps + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        var pages = Directory.EnumerateFiles(site.First, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.First, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(folder => PublishedSiteFixture.BaseUrl + (folder == "." ? "" : folder + "/"))
            // noindex: search results, side-by-side views, print editions
            .Where(u => !u.Contains("/search/") && !u.EndsWith("/parallel/", StringComparison.Ordinal) && !u.EndsWith("/print/", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(pages.Order(), locations.Order());
        Assert.DoesNotContain(locations, l => l.EndsWith("404.html"));

        var chapter = urls.Single(u => u.Element(Sitemaps + "loc")!.Value == PublishedSiteFixture.BaseUrl + "en/world-internet-2024/overview/");
        var alternates = chapter.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(PublishedSiteFixture.BaseUrl + "zh/world-internet-2024/overview/", alternates["zh-CN"]);
        Assert.Equal(PublishedSiteFixture.BaseUrl + "en/world-internet-2024/overview/", alternates["en"]);
        Assert.Equal(PublishedSiteFixture.BaseUrl + "zh/world-internet-2024/overview/", alternates["x-default"]);
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap() =>
        Assert.Contains($"Sitemap: {PublishedSiteFixture.BaseUrl}sitemap.xml", Read("robots.txt"));

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Atom_feed_lists_the_reports_and_chapters_of_its_language(string language)
    {
        var feed = XDocument.Parse(Read($"{language}/feed.xml"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        // Three reports (the 2024 World and China reports and the sample 2023 World edition) and their 10 + 9 + 2 chapters.
        Assert.Equal(3 + 21, entries.Count);
        Assert.All(entries, e => Assert.StartsWith($"{PublishedSiteFixture.BaseUrl}{language}/", e.Element(Atom + "id")!.Value));
        Assert.Equal("2024-11-21T00:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
        var head = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read($"{language}/index.html")).Head!;
        Assert.Equal($"/report-site/{language}/feed.xml", head.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Chapter_pages_carry_canonical_open_graph_and_structured_data()
    {
        var head = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read("zh/world-internet-2024/data-governance/index.html")).Head!;
        string Meta(string selector) => head.QuerySelector(selector)!.GetAttribute("content")!;
        var canonical = PublishedSiteFixture.BaseUrl + "zh/world-internet-2024/data-governance/";
        Assert.Equal(canonical, head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("数据治理成为核心议题", Meta("meta[property='og:title']"));
        Assert.StartsWith("数据治理是国际网络空间治理的核心议题", Meta("meta[property='og:description']"));
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.Equal("zh_CN", Meta("meta[property='og:locale']"));
        Assert.Equal(PublishedSiteFixture.BaseUrl + "reports/world-internet-2024/images/cover.svg", Meta("meta[property='og:image']"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));

        using var json = JsonDocument.Parse(head.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var data = json.RootElement;
        Assert.Equal("Chapter", data.GetProperty("@type").GetString());
        Assert.Equal("zh-CN", data.GetProperty("inLanguage").GetString());
        Assert.Equal(9, data.GetProperty("position").GetInt32());
        Assert.Equal("Report", data.GetProperty("isPartOf").GetProperty("@type").GetString());
        var translation = data.GetProperty("workTranslation")[0];
        Assert.Equal("en", translation.GetProperty("inLanguage").GetString());
        Assert.Equal(PublishedSiteFixture.BaseUrl + "en/world-internet-2024/data-governance/", translation.GetProperty("url").GetString());
    }

    [Fact]
    public void Report_pages_describe_the_report_and_its_chapters_in_structured_data()
    {
        var head = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read("en/china-internet-2024/index.html")).Head!;
        using var json = JsonDocument.Parse(head.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var data = json.RootElement;
        Assert.Equal("Report", data.GetProperty("@type").GetString());
        Assert.Equal("2024-11-21", data.GetProperty("datePublished").GetString());
        Assert.Equal("China Academy of Cyberspace Studies", data.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(9, data.GetProperty("hasPart").GetArrayLength());
        Assert.Equal("zh-CN", data.GetProperty("workTranslation")[0].GetProperty("inLanguage").GetString());
        // A report in no series is part of none; an edition names its series, in the page's language.
        Assert.False(data.TryGetProperty("isPartOf", out _));
        foreach (var (page, name) in new[] { ("zh/world-internet-2023/index.html", "世界互联网发展报告"), ("en/world-internet-2024/index.html", "World Internet Development Report") })
        {
            var edition = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read(page)).Head!;
            using var editionJson = JsonDocument.Parse(edition.QuerySelector("script[type='application/ld+json']")!.TextContent);
            var series = editionJson.RootElement.GetProperty("isPartOf");
            Assert.Equal("CreativeWorkSeries", series.GetProperty("@type").GetString());
            Assert.Equal(name, series.GetProperty("name").GetString());
        }
    }

    [Fact]
    public void Search_pages_ask_not_to_be_indexed() =>
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", Read("zh/search/index.html"));
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

/// <summary>
/// Issue 17, item 5: URLs in raw HTML (<c>&lt;a href&gt;</c>, <c>&lt;img src&gt;</c>, <c>srcset</c>)
/// are resolved exactly as Markdown's links and images are: chapter links become chapter URLs with
/// their anchor checked, files are copied and put under the base path, missing ones are errors at
/// the attribute.
/// </summary>
public class RawHtmlLinkTests
{
    private static Dictionary<string, string> Site(string economy) => SiteFiles.Minimal()
        .With("reports/r/en/01-intro.md", "---\ntitle: Intro\n---\n\n## Background {#sec-1}\n\nText.\n")
        .With("reports/r/en/02-economy.md", "---\ntitle: Economy\n---\n\n" + economy + "\n")
        .With("reports/r/zh/02-economy.md", "---\ntitle: 经济\n---\n\n正文。\n")
        .With("reports/r/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>")
        .With("reports/r/images/chart-dark.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>");

    private static AngleSharp.Dom.IElement Prose(TestSite site) => site.Html("en/r/economy/index.html").QuerySelector(".prose")!;

    [Fact]
    public void Raw_html_images_and_links_are_resolved_copied_and_put_under_the_base_path()
    {
        using var site = new TestSite(Site("""
            <p align="center"><img src="../images/chart.svg" alt="Chart" width="300"></p>

            See <a href="01-intro.md#sec-1">the introduction</a> and <a href='./01-intro.md'>again</a>.

            <picture>
              <source media="(prefers-color-scheme: dark)" srcset="../images/chart-dark.svg 1x,../images/chart.svg 2x">
              <img src=../images/chart.svg alt="Unquoted">
            </picture>
            """));
        var result = site.BuildOk(baseUrl: "/report-site/");
        // The minimal site's zh chapter has a heading this en one lacks (RS0504): not what is tested here.
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.HeadingStructureDiffers.Id, d.Code));
        var prose = Prose(site);
        Assert.Equal("/report-site/reports/r/images/chart.svg", prose.QuerySelector("img[alt=Chart]")!.GetAttribute("src"));
        Assert.Equal(["/report-site/en/r/intro/#sec-1", "/report-site/en/r/intro/"], prose.QuerySelectorAll("a:not(.heading-anchor)").Select(a => a.GetAttribute("href")));
        Assert.Equal("/report-site/reports/r/images/chart-dark.svg 1x,/report-site/reports/r/images/chart.svg 2x".Replace(",", ", "),
            prose.QuerySelector("source")!.GetAttribute("srcset"));
        Assert.Equal("/report-site/reports/r/images/chart.svg", prose.QuerySelector("img[alt=Unquoted]")!.GetAttribute("src"));
        Assert.True(site.Exists("reports/r/images/chart.svg"));
        Assert.True(site.Exists("reports/r/images/chart-dark.svg"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Raw_html_images_load_lazily_and_decode_async_as_markdown_images_do_unless_the_author_says_otherwise(bool trusted)
    {
        var files = Site("""
            ![Markdown](../images/chart.svg)

            <img src="../images/chart.svg" alt="Plain">

            <p><img
              src="../images/chart.svg" alt="Eager" loading="eager"> and <IMG SRC="https://example.org/x.png" ALT="Remote" decoding=sync></p>
            """);
        if (trusted) files = files.With("site.yaml", files["site.yaml"] + "trust_raw_html: true\n");
        using var site = new TestSite(files);
        var result = site.BuildOk();
        // The zh version has neither these headings nor the figure the Markdown image makes: only those differences are reported.
        Assert.All(result.Diagnostics, d => Assert.Contains(d.Code, new[] { DiagnosticCodes.HeadingStructureDiffers.Id, DiagnosticCodes.NumberedElementsDiffer.Id }));
        var prose = Prose(site);
        string? Attribute(string alt, string name) => prose.QuerySelector($"img[alt={alt}]")!.GetAttribute(name);
        Assert.Equal(("lazy", "async"), (Attribute("Markdown", "loading"), Attribute("Markdown", "decoding")));
        Assert.Equal(("lazy", "async"), (Attribute("Plain", "loading"), Attribute("Plain", "decoding")));
        Assert.Equal(("eager", "async"), (Attribute("Eager", "loading"), Attribute("Eager", "decoding")));
        Assert.Equal(("lazy", "sync"), (Attribute("Remote", "loading"), Attribute("Remote", "decoding")));
        Assert.Single(prose.QuerySelector("img[alt=Eager]")!.Attributes, a => a.Name == "loading");
    }

    [Fact]
    public void A_site_that_trusts_raw_html_gets_its_urls_resolved_too()
    {
        var files = Site("<img src=\"../images/chart.svg\" alt=\"Chart\"> <a href=\"01-intro.md?x=1&amp;y=2\">intro</a>");
        files = files.With("site.yaml", files["site.yaml"] + "trust_raw_html: true\n");
        using var site = new TestSite(files);
        site.BuildOk(baseUrl: "/sub/");
        Assert.Equal("/sub/reports/r/images/chart.svg", Prose(site).QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("/sub/en/r/intro/?x=1&y=2", Prose(site).QuerySelector("a")!.GetAttribute("href"));
        Assert.True(site.Exists("reports/r/images/chart.svg"));
    }

    [Fact]
    public void A_missing_file_or_section_in_raw_html_is_an_error_at_its_attribute()
    {
        using var site = new TestSite(Site("""
            Intro.

            <img src="../images/chrat.svg" alt="typo">

            <p>See <a href="03-missing.md">this</a> and <a href="01-intro.md#sec-9">that</a>.</p>

            <picture><source srcset="../images/chart.svg 1x, ../images/gone.svg 2x"><img src="../images/chart.svg" alt="ok"></picture>
            """));
        var result = site.Build();
        var errors = TestSite.Errors(result).Select(e => (e.Code, e.Line, e.Column)).OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        Assert.Equal([("RS0202", 7, 11), ("RS0201", 9, 17), ("RS0203", 9, 54), ("RS0202", 11, 50)], errors);
        var typo = TestSite.Errors(result).First();
        Assert.Equal("reports/r/en/02-economy.md", typo.File);
        Assert.Contains("chart.svg", typo.Hint);
    }

    [Fact]
    public void External_absolute_and_same_page_urls_in_raw_html_are_left_as_written()
    {
        using var site = new TestSite(Site("""
            ## Top part

            <a href="https://example.org/a.md">a</a> <a href="//cdn.example.org/b.png">b</a> <a href="/downloads/c.pdf">c</a>
            <a href="mailto:team@example.org">d</a> <a href="#top-part">e</a> <a href="#top">f</a>
            <img src="https://example.org/x.png" alt="x"> <img src="data:image/png;base64,iVBORw0KGgo=" alt="y">
            """));
        var result = site.BuildOk();
        // The minimal site's zh chapter has a heading this en one lacks (RS0504): not what is tested here.
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.HeadingStructureDiffers.Id, d.Code));
        var prose = Prose(site);
        Assert.Equal(["https://example.org/a.md", "//cdn.example.org/b.png", "/downloads/c.pdf", "mailto:team@example.org", "#top-part", "#top"],
            prose.QuerySelectorAll("p a").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://example.org/x.png", prose.QuerySelector("img[alt=x]")!.GetAttribute("src"));
    }

    [Fact]
    public void Tags_in_comments_code_and_script_are_not_links()
    {
        using var site = new TestSite(Site("""
            <!-- <img src="old.png"> was here -->

            Write `<img src="missing.png">` to show a picture.

                <a href="missing.md">indented code</a>

            <div>
            <!--
            <a href="gone.md">old</a>
            -->
            Kept.
            </div>

            <a name="raw-target"></a>[Jump](#raw-target)
            """));
        var result = site.BuildOk();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("<img src=\"missing.png\">", Prose(site).QuerySelector("code")!.TextContent);
    }
}

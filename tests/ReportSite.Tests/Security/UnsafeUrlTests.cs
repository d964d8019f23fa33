using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Tests.Support;
using ReportSite.Safety;

namespace ReportSite.Tests.Security;

/// <summary>Hostile input (issue 10): link and image URLs that would run script never reach a page.</summary>
public class UnsafeUrlTests
{
    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("  javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", true)]
    [InlineData("javascript:alert(1)", true)]
    public void Script_urls_are_dangerous(string url, bool isImage) => Assert.True(UrlSafety.IsDangerous(url, isImage));

    [Theory]
    [InlineData("https://example.org/javascript:x", false)]
    [InlineData("02-economy.md#sec-1", false)]
    [InlineData("#javascript:x", false)]
    [InlineData("mailto:someone@example.org", false)]
    [InlineData("/zh/report/", false)]
    [InlineData("%6Aavascript:alert(1)", false)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", true)]
    [InlineData("data:image/svg+xml,<svg/>", true)]
    public void Ordinary_urls_are_not(string url, bool isImage) => Assert.False(UrlSafety.IsDangerous(url, isImage));

    [Fact]
    public void A_javascript_link_keeps_its_text_and_loses_its_url_with_a_warning_at_its_position()
    {
        using var site = TestSite.WithChapter("Read [the *rules*](javascript:alert(document.cookie)) now.");
        var result = site.BuildOk();
        var paragraph = site.Html("en/r/intro/index.html").QuerySelector(".prose p")!;
        Assert.Equal("Read the rules now.", paragraph.TextContent);
        Assert.Empty(paragraph.QuerySelectorAll("a"));
        Assert.NotNull(paragraph.QuerySelector("em"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("reports/r/en/01-intro.md", warning.File);
        Assert.Equal((5, 6), (warning.Line, warning.Column));
    }

    [Fact]
    public void An_entity_encoded_javascript_link_is_removed_too()
    {
        using var site = TestSite.WithChapter("[x](&#106;avascript&#58;alert(1)) and [y](java&#x09;script:alert(1))");
        site.BuildOk();
        var html = site.Read("en/r/intro/index.html");
        Assert.DoesNotContain("avascript", html.Replace("site.js", ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_data_url_image_of_html_becomes_its_alt_text()
    {
        using var site = TestSite.WithChapter("![a chart](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
        site.BuildOk();
        var prose = site.Html("en/r/intro/index.html").QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("img"));
        Assert.Contains("a chart", prose.TextContent);
    }

    [Fact]
    public void A_data_url_image_of_an_image_type_stays()
    {
        using var site = TestSite.WithChapter("![dot](data:image/png;base64,iVBORw0KGgo=)");
        var result = site.BuildOk();
        var img = site.Html("en/r/intro/index.html").QuerySelector(".prose img")!;
        Assert.Equal("data:image/png;base64,iVBORw0KGgo=", img.GetAttribute("src"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl.Id);
    }

    [Fact]
    public void A_javascript_autolink_becomes_plain_text()
    {
        using var site = TestSite.WithChapter("See <javascript:alert(1)> here.");
        var result = site.BuildOk();
        var paragraph = site.Html("en/r/intro/index.html").QuerySelector(".prose p")!;
        Assert.Empty(paragraph.QuerySelectorAll("a"));
        Assert.Equal("See javascript:alert(1) here.", paragraph.TextContent);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl.Id);
    }

    [Fact]
    public void A_link_definition_with_a_javascript_url_is_removed()
    {
        using var site = TestSite.WithChapter("Read [the rules][r].\n\n[r]: javascript:alert(1)");
        site.BuildOk();
        Assert.Empty(site.Html("en/r/intro/index.html").QuerySelectorAll(".prose a"));
    }
}

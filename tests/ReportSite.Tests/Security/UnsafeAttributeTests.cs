using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>Hostile input (issue 10): Markdown's {…} attributes cannot add event handlers or script URLs.</summary>
public class UnsafeAttributeTests
{
    [Fact]
    public void An_onclick_on_a_heading_is_removed_and_the_rest_kept_with_a_warning_at_the_heading()
    {
        using var site = TestSite.WithChapter("## Rules {.note onclick=\"alert(1)\" lang=zh}\n\nText.");
        var result = site.BuildOk();
        var heading = site.Html("en/r/intro/index.html").QuerySelector(".prose h2")!;
        Assert.Null(heading.GetAttribute("onclick"));
        Assert.Contains("note", heading.ClassList);
        Assert.Equal("zh", heading.GetAttribute("lang"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeAttribute.Id);
        Assert.Equal(("reports/r/en/01-intro.md", 5, 1, Severity.Warning), (warning.File, warning.Line, warning.Column, warning.Severity));
        Assert.Contains("onclick", warning.Message);
    }

    [Theory]
    [InlineData("## Text {onmouseover=alert(1)}", "onmouseover")]
    [InlineData("## Text {ONLOAD=alert(1)}", "onload")]
    [InlineData("[a link](https://example.org){onfocus=alert(1) tabindex=0}", "onfocus")]
    [InlineData("[a link](https://example.org){href=javascript:alert(1)}", "href")]
    [InlineData("![img](https://example.org/a.png){src=\"javascript:alert(1)\"}", "src")]
    [InlineData("```html {srcdoc=\"<script>alert(1)</script>\"}\nx\n```", "srcdoc")]
    public void Handlers_and_script_urls_never_reach_the_page(string markdown, string attribute)
    {
        using var site = TestSite.WithChapter(markdown);
        var result = site.BuildOk();
        var prose = site.Html("en/r/intro/index.html").QuerySelector(".prose")!;
        Assert.DoesNotContain(prose.QuerySelectorAll("*"), e => e.Attributes.Any(a =>
            a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "srcdoc" || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeAttribute.Id && d.Message.Contains(attribute, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_handler_in_braces_of_running_text_is_only_text()
    {
        using var site = TestSite.WithChapter("Text {onmouseover=alert(1)} and more.");
        var result = site.BuildOk();
        var paragraph = site.Html("en/r/intro/index.html").QuerySelector(".prose p")!;
        Assert.Null(paragraph.GetAttribute("onmouseover"));
        Assert.Equal("Text {onmouseover=alert(1)} and more.", paragraph.TextContent);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeAttribute.Id);
    }

    [Fact]
    public void Ordinary_attributes_pass_without_a_warning()
    {
        using var site = TestSite.WithChapter("## Rules {#rules .wide title=\"Rules of the road\" data-x=1}\n\nText.");
        var result = site.BuildOk();
        var heading = site.Html("en/r/intro/index.html").QuerySelector(".prose h2")!;
        Assert.Equal("Rules of the road", heading.GetAttribute("title"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeAttribute.Id);
    }
}

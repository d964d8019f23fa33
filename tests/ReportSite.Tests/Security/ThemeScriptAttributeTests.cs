using System.Text.RegularExpressions;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Tests.Support;
using ReportSite.Safety;

namespace ReportSite.Tests.Security;

/// <summary>
/// Hostile input (issue 18): content cannot set the data-* attributes the theme's scripts read
/// (a link's data-language would be stored as the reader's language and break the root's redirect).
/// </summary>
public class ThemeScriptAttributeTests
{
    [Theory]
    [InlineData("<a href=\"https://example.org/\" data-language=\"constructor\">Home</a>", "data-language")]
    [InlineData("<p><a href=\"https://example.org/#x\" data-keep-section data-section-map=\"x:y\">Go</a></p>", "data-keep-section")]
    [InlineData("<table><tr><td data-sort=\"zzz\">1</td></tr></table>", "data-sort")]
    [InlineData("<div data-search data-manifests=\"[]\" data-labels=\"{}\">x</div>", "data-manifests")]
    [InlineData("<span DATA-LANGUAGE=\"xx\">x</span>", "data-language")]
    public void Raw_html_loses_the_attributes_the_theme_scripts_read_with_a_warning(string html, string attribute)
    {
        using var site = TestSite.WithChapter("Before.\n\n" + html + "\n\nAfter.");
        var result = site.BuildOk();
        var prose = site.Html("en/r/intro/index.html").QuerySelector(".prose")!;
        Assert.DoesNotContain(prose.QuerySelectorAll("*"), e => e.Attributes.Any(a => ThemeScriptAttributes.Names.Contains(a.Name)));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml.Id && d.Message.Contains(attribute, StringComparison.Ordinal));
        Assert.Equal(("reports/r/en/01-intro.md", 7), (warning.File, warning.Line));
    }

    [Fact]
    public void Other_data_attributes_in_raw_html_stay()
    {
        using var site = TestSite.WithChapter("<span data-note=\"kept\">x</span>");
        var result = site.BuildOk();
        Assert.Equal("kept", site.Html("en/r/intro/index.html").QuerySelector(".prose span")!.GetAttribute("data-note"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml.Id);
    }

    [Theory]
    [InlineData("[Home](https://example.org/){data-language=constructor}", "data-language")]
    [InlineData("## Rules {data-section-map=\"sec-1:\"}", "data-section-map")]
    [InlineData("[a](https://example.org/){data-sort=1 data-x=2}", "data-sort")]
    public void Attribute_lists_lose_the_attributes_the_theme_scripts_read_with_a_warning(string markdown, string attribute)
    {
        using var site = TestSite.WithChapter(markdown);
        var result = site.BuildOk();
        var prose = site.Html("en/r/intro/index.html").QuerySelector(".prose")!;
        Assert.DoesNotContain(prose.QuerySelectorAll("*"), e => e.Attributes.Any(a => ThemeScriptAttributes.Names.Contains(a.Name)));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeAttribute.Id && d.Message.Contains(attribute, StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_still_writes_its_own_script_attributes()
    {
        using var site = TestSite.WithChapter("<span data-language=\"en\">x</span>");
        site.BuildOk();
        var page = site.Html("en/r/intro/index.html");
        Assert.NotEmpty(page.QuerySelectorAll("a[data-language]"));
    }

    [Fact]
    public void Every_data_attribute_the_theme_scripts_read_is_in_the_list()
    {
        var scripts = Path.Combine(RepoPaths.Themes, "default", "assets", "js");
        var read = Directory.GetFiles(scripts, "*.js")
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"data-[a-z][a-z0-9-]*").Select(m => m.Value))
            .ToHashSet();
        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.Contains(name, ThemeScriptAttributes.Names));
    }
}

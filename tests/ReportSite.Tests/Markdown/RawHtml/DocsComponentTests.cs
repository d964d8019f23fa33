using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.RawHtml;

/// <summary>
/// Issue 17, item 2: docs components (<c>&lt;SimpleTab&gt;</c>, <c>&lt;Tabs&gt;</c>…) are not HTML;
/// as on GitHub their tags are dropped and what is inside is kept, with one warning (RS0212) per
/// component and page at its first place.
/// </summary>
public class DocsComponentTests
{
    private const string Chapter = "en/r/intro/index.html";

    /// <summary>The chapter's text, without the '#' links the build adds to headings.</summary>
    private static AngleSharp.Dom.IElement Prose(TestSite site)
    {
        var prose = site.Html(Chapter).QuerySelector(".prose")!;
        foreach (var anchor in prose.QuerySelectorAll(".heading-anchor").ToList()) anchor.Remove();
        return prose;
    }

    /// <summary>PingCAP docs' tabs: Markdown between the tags, separated by blank lines.</summary>
    private const string SimpleTab = "<SimpleTab>\n<div label=\"MySQL\">\n\nRun **mysql** first.\n\n```sql\nSELECT 1;\n```\n\n</div>\n<div label=\"TiDB\">\n\nRun tiup.\n\n</div>\n</SimpleTab>\n\nAfter the tabs.";

    public static TheoryData<string> Components => new()
    {
        SimpleTab,
        "<CustomContent platform=\"tidb\">\n\nOnly for TiDB Self-Managed.\n\n</CustomContent>\n\n<CustomContent platform=\"tidb-cloud\">\n\nOnly for TiDB Cloud.\n\n</CustomContent>",
        // Docusaurus tabs, indented inside one HTML block.
        "<Tabs>\n  <TabItem value=\"apple\" label=\"Apple\" default>\n    This is an apple.\n  </TabItem>\n  <TabItem value=\"orange\" label=\"Orange\">\n    This is an orange.\n  </TabItem>\n</Tabs>\n\nText after.",
        "<Note>\n\nBack up the data **before** upgrading.\n\n</Note>",
        "Inline <Badge type=\"tip\">new</Badge> badge and <Tooltip text=\"x\">hover</Tooltip> text.",
        // A self-closing component is an unclosed element to an HTML parser.
        "Before.\n\n<EmailSubscriptionWrapper />\n\n## After\n\nThe rest of the page, with a [link](https://example.org/).",
        "<Card title=\"One\" /> <Card title=\"Two\" />\n\n- a list\n- after them",
    };

    [SkippableTheory]
    [MemberData(nameof(Components))]
    public void Docs_components_lose_their_tags_and_keep_the_text_github_shows(string markdown)
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        using var site = TestSite.WithChapter(markdown);
        var result = site.BuildOk();
        var prose = Prose(site);
        Assert.Equal(CmarkGfm.VisibleText(CmarkGfm.ToHtml(markdown)), CmarkGfm.VisibleText(prose.InnerHtml));
        Assert.Empty(prose.QuerySelectorAll("simpletab, customcontent, tabs, tabitem, note, badge, tooltip, emailsubscriptionwrapper, card"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml.Id);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnwrappedHtml.Id && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Markdown_between_component_tags_is_rendered_as_markdown()
    {
        using var site = TestSite.WithChapter(SimpleTab);
        site.BuildOk();
        var prose = Prose(site);
        Assert.Equal("mysql", prose.QuerySelector("strong")!.TextContent);
        Assert.Contains("SELECT 1;", prose.QuerySelector("pre code")!.TextContent);
        Assert.Equal(["MySQL", "TiDB"], prose.QuerySelectorAll("div").Select(d => d.GetAttribute("label")).OfType<string>());
    }

    [Fact]
    public void A_self_closing_component_does_not_swallow_the_rest_of_the_page()
    {
        using var site = TestSite.WithChapter("Before.\n\n<EmailSubscriptionWrapper />\n\n## After\n\nThe rest.\n\nMore <Icon name=\"x\"/> text.");
        site.BuildOk();
        var prose = Prose(site);
        Assert.Equal("After", prose.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(["Before.", "The rest.", "More  text."], prose.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void Each_component_is_reported_once_per_page_at_its_first_place()
    {
        using var site = TestSite.WithChapter("""
            Tabs are described in the text first.

            <Tabs>
              <TabItem value="a">A</TabItem>
            </Tabs>

            Then <TabItem value="b">inline</TabItem> and <tabs>again</tabs>.
            """);
        var result = site.BuildOk();
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnwrappedHtml.Id).OrderBy(d => d.Line).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal(("reports/r/en/01-intro.md", 7, 1), (warnings[0].File, warnings[0].Line, warnings[0].Column));
        Assert.Contains("<Tabs>", warnings[0].Message);
        Assert.Contains("not an HTML element", warnings[0].Message);
        Assert.Equal((8, 3), (warnings[1].Line, warnings[1].Column));
        Assert.Contains("<TabItem>", warnings[1].Message);
    }

    [Fact]
    public void Html_the_site_does_not_publish_keeps_its_content()
    {
        using var site = TestSite.WithChapter("<center>Centred <font color=\"red\">red</font> text</center>\n\n<nav>Menu</nav>\n\nA <button>Press</button> here.");
        var result = site.BuildOk();
        var prose = Prose(site);
        Assert.Equal("Centred red text Menu A Press here.", CmarkGfm.VisibleText(prose.InnerHtml));
        Assert.Empty(prose.QuerySelectorAll("center, font, nav, button"));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnwrappedHtml.Id).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("not one the site publishes", w.Message));
    }

    [Fact]
    public void A_site_that_trusts_raw_html_keeps_components_as_written()
    {
        var files = SiteFiles.Minimal();
        files = files.With("site.yaml", files["site.yaml"] + "trust_raw_html: true\n")
            .With("reports/r/en/01-intro.md", "---\ntitle: Intro\n---\n\n<Note>\n\nKept.\n\n</Note>\n");
        using var site = new TestSite(files);
        var result = site.BuildOk();
        Assert.Equal("Kept.", Prose(site).QuerySelector("note p")!.TextContent);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnwrappedHtml.Id);
    }

    [SkippableTheory]
    [InlineData("<details><summary>Method</summary>\n\nThe survey covered **52** economies.\n\n</details>")]
    [InlineData("| Name | Note |\n|---|---|\n| a | one<br>two |\n| b | <kbd>Ctrl</kbd> |")]
    [InlineData("<table>\n<tr><th rowspan=\"2\">Year</th><td>2023</td></tr>\n<tr><td>2024</td></tr>\n</table>")]
    [InlineData("<p align=\"center\">\n  <img src=\"https://example.org/logo.png\" alt=\"Logo\"><br>\n  <b>Report</b> 2024\n</p>")]
    [InlineData("> **Note:**\n> <sup>1</sup> Data as of <time>2024</time>.")]
    public void Html_that_reports_use_keeps_the_text_github_shows(string markdown)
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        using var site = TestSite.WithChapter(markdown);
        var result = site.BuildOk();
        Assert.Equal(CmarkGfm.VisibleText(CmarkGfm.ToHtml(markdown)), CmarkGfm.VisibleText(Prose(site).InnerHtml));
        // The minimal site's zh chapter has a heading this en one lacks (RS0504): not what is tested here.
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.HeadingStructureDiffers.Id, d.Code));
    }
}

using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>
/// Hostile input (issue 10): text from front matter, data tables and the glossary is text on every
/// page that shows it (chapter, lists, tables, charts, glossary, search index), never markup.
/// </summary>
public class ContentEscapingTests
{
    private const string Xss = "<img src=x onerror=alert(1)>";

    private static void AssertNoInjectedMarkup(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        Assert.DoesNotContain(page.QuerySelectorAll("img, svg:not(.chart__svg)"), e => e.OuterHtml.Contains("alert"));
        // The site's scripts are files; its only inline script element is JSON-LD data, where '<' is escaped.
        Assert.All(page.Scripts, script => Assert.True(script.Source is not null
            || script.Type == "application/ld+json" && !script.Text.Contains('<'), script.OuterHtml));
        Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_data_cell_label_and_caption_with_markup_stay_text_in_the_table_the_chart_and_the_csv()
    {
        using var site = TestSite.WithChapter($"```datatable source=t\ncaption: \"{Xss} caption\"\n```\n\n```chart type=bar source=t label=name value=v\ncaption: Chart\n```");
        Directory.CreateDirectory(Path.Combine(site.Input, "data"));
        File.WriteAllText(Path.Combine(site.Input, "data/t.yaml"), $"""
            title: "{Xss} title"
            note: "Illustrative. {Xss}"
            columns:
              - key: name
                label: "{Xss} name"
              - key: v
                label: Value
                type: number
            """);
        File.WriteAllText(Path.Combine(site.Input, "data/t.csv"), $"name,v\n\"{Xss}\",1\n\"</script><script>alert(2)</script>\",2\n");

        site.BuildOk();

        var page = site.Html("en/r/intro/index.html");
        AssertNoInjectedMarkup(page);
        Assert.Contains(page.QuerySelectorAll(".data-table tbody th"), th => th.TextContent == Xss);
        Assert.Contains(page.QuerySelectorAll(".data-table thead th"), th => th.TextContent.StartsWith(Xss));
        Assert.Contains(Xss, page.QuerySelector(".chart")!.TextContent);
        Assert.Contains(Xss, site.Read("en/data/t.csv"));
    }

    [Fact]
    public void A_glossary_term_and_definition_with_markup_stay_text()
    {
        using var site = TestSite.WithChapter("Text.");
        Directory.CreateDirectory(Path.Combine(site.Input, "data"));
        File.WriteAllText(Path.Combine(site.Input, "data/glossary.yaml"), $"""
            title: Glossary
            terms:
              - term: "{Xss}"
                definition: "<script>alert(1)</script> defined"
            """);

        site.BuildOk();

        foreach (var language in new[] { "en", "zh" })
        {
            var page = site.Html($"{language}/glossary/index.html");
            AssertNoInjectedMarkup(page);
            Assert.Contains(page.QuerySelectorAll("dt, dfn, h2, h3"), e => e.TextContent.Contains(Xss));
            Assert.Contains("<script>alert(1)</script> defined", page.Body!.TextContent);
        }
    }

    [Fact]
    public void A_title_summary_and_author_with_markup_stay_text_on_every_page_that_lists_them()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/report.yaml", $"title: \"{Xss} report\"\nyear: 2024\n")
            .With("reports/r/en/01-intro.md", $"---\ntitle: \"{Xss} chapter\"\nsummary: \"{Xss} summary\"\nauthors: [\"{Xss}\"]\nkeywords: [\"{Xss}\"]\n---\n\nText.\n"));

        site.BuildOk();

        foreach (var path in new[] { "en/r/intro/index.html", "en/r/index.html", "en/index.html", "zh/r/index.html", "zh/r/intro/index.html" })
        {
            var page = site.Html(path);
            AssertNoInjectedMarkup(page);
            Assert.Contains(Xss, page.Body!.TextContent);
        }
        Assert.Contains(Xss + " chapter", site.Html("en/r/intro/index.html").Title);
        Assert.DoesNotContain("<img", site.Read("en/feed.xml").Replace("&lt;img", ""));
    }

    [Fact]
    public void A_title_with_control_characters_still_gives_a_valid_feed()
    {
        // Found by the property tests: XmlWriter threw on a NUL in a title and the build crashed.
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/en/01-intro.md", "---\ntitle: \"A\\0B\\x01C\"\n---\n\nText.\n"));
        site.BuildOk();
        var feed = System.Xml.Linq.XDocument.Parse(site.Read("en/feed.xml"));
        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value == "ABC");
    }
}

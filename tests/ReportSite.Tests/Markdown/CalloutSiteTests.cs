using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown;

/// <summary>Callouts in a built site: labels per language, through the raw HTML sanitiser, in search, and an unknown kind reported at its file line.</summary>
public class CalloutSiteTests
{
    private static TestSite Site(string zh, string en) => new(SiteFiles.Minimal()
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n## 背景\n\n" + zh + "\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Background\n\n" + en + "\n"));

    [Fact]
    public void The_label_is_the_pages_language_and_the_icon_is_decoration()
    {
        using var site = Site("> [!NOTE]\n> 说明。\n\n:::warning 数据口径\n示例数据。\n:::",
                              "> [!NOTE]\n> A note.\n\n:::warning Data scope\nSample data.\n:::");
        site.BuildOk();
        foreach (var (language, labels, title) in new[] { ("zh", new[] { "注意", "警告" }, "数据口径"), ("en", ["Note", "Warning"], "Data scope") })
        {
            var page = site.Html($"{language}/r/intro/index.html");
            var asides = page.QuerySelectorAll("main aside.callout[role=note]");
            Assert.Equal(labels, asides.Select(a => a.QuerySelector(".callout__label")!.TextContent));
            Assert.Equal(title, asides[1].QuerySelector(".callout__name")!.TextContent);
            Assert.All(asides, a => Assert.Equal("true", a.QuerySelector(".callout__icon")!.GetAttribute("aria-hidden")));
            Assert.Empty(page.QuerySelectorAll("main [style]"));
        }
    }

    [Fact]
    public void A_page_with_raw_html_keeps_its_callouts_whole()
    {
        using var site = Site(":::tip\n提示。\n:::\n\n<details><summary>更多</summary>\n\n内容。\n\n</details>",
                              ":::tip\nA tip.\n:::\n\n<details><summary>More</summary>\n\nText.\n\n</details>");
        var result = site.BuildOk();
        var aside = site.Html("en/r/intro/index.html").QuerySelector("aside.callout--tip")!;
        Assert.NotNull(aside.QuerySelector(".callout__icon[aria-hidden=true]"));
        Assert.Equal("Tip", aside.QuerySelector(".callout__label")!.TextContent);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_unknown_kind_is_reported_at_its_file_line_and_column()
    {
        using var site = Site("正文。", "Text.\n\n:::notice\nKept.\n:::");
        var result = site.Build();
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownCallout.Id);
        Assert.Equal(("reports/r/en/01-intro.md", 9, 4), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("<p>Kept.</p>", site.Read("en/r/intro/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_callouts_title_and_text_are_searched_in_its_section()
    {
        var pipeline = ReportMarkdownPipeline.Create();
        var source = new SourceDocument
        {
            Path = "reports/r/en/01-a.md", Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "01-a",
            FrontMatter = new FrontMatter { Title = "T" }, BodyFirstLine = 1, ContentHash = "",
        };
        var parsed = new DocumentParser(pipeline).Parse(new MarkdownText(source, "## Scope\n\n:::warning Sample values\nNot published scores.\n:::\n\n## Next\n\nOther."), new DiagnosticBag());
        var sections = SectionExtractor.Extract(parsed.Body.Ast, "en", "/en/r/a/", "T", "R");
        var scope = Assert.Single(sections, s => s.Heading.EndsWith("Scope", StringComparison.Ordinal));
        Assert.Equal("Sample values\nNot published scores.", scope.Text);
    }
}

using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Markdown.Mathematics;
using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.Mathematics;

/// <summary>Formulas through a whole build: MathML in both languages' pages, errors at the file's line, TeX in search, Temml loaded only for math.</summary>
public class MathSiteTests
{
    private const string Zh = "---\ntitle: 引言\n---\n\n## 背景\n\n综合得分为$S$，其中$w_{i}$为权重：\n\n$$\nS = \\sum_{i=1}^{n} w_i x_i\n$$\n";
    private const string En = "---\ntitle: Introduction\n---\n\n## Background\n\nThe overall score is $S$, where $w_{i}$ is a weight:\n\n$$\nS = \\sum_{i=1}^{n} w_i x_i\n$$\n";

    [Fact]
    public void Both_languages_get_MathML_without_inline_styles()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/01-intro.md", Zh).With("reports/r/en/01-intro.md", En));
        site.BuildOk();
        foreach (var language in new[] { "zh", "en" })
        {
            var page = site.Read($"{language}/r/intro/index.html");
            var html = site.Html($"{language}/r/intro/index.html");
            Assert.Equal(3, html.QuerySelectorAll("math").Length);
            Assert.Single(html.QuerySelectorAll(".math-display > math[display=block]"));
            Assert.Contains("<annotation encoding=\"application/x-tex\">S = \\sum_{i=1}^{n} w_i x_i</annotation>", page);
            Assert.DoesNotContain(" style=", page);
        }
    }

    [Fact]
    public void Broken_TeX_fails_the_build_once_at_its_line_and_column()
    {
        using var site = TestSite.WithChapter("Fine $x$.\n\nThen $\\frac{1}{$ and $\\unknowncommand$.");
        var errors = TestSite.Errors(site.Build());
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.BrokenMath.Id, e.Code));
        Assert.Equal([(7, 6), (7, 22)], errors.Select(e => (e.Line, e.Column)).Order());
        Assert.Contains(errors, e => e.Message.Contains("\\unknowncommand", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_reads_a_formulas_TeX_never_its_MathML()
    {
        var body = Parse(En["---\ntitle: Introduction\n---\n\n".Length..], new MathTypesetter());
        var text = string.Join("\n", SectionExtractor.Extract(body.Ast, "en", "/en/r/intro/", "Introduction", "").Select(s => s.Text));
        Assert.Contains("The overall score is S, where w_{i} is a weight:", text);
        Assert.Contains("S = \\sum_{i=1}^{n} w_i x_i", text);
        Assert.DoesNotContain("<m", text);
    }

    [Fact]
    public void Temml_is_loaded_only_for_a_page_with_a_formula()
    {
        var math = new MathTypesetter();
        Parse("No formulas: $5 and $10, `$x$`, \\$y$.\n\n| a | b |\n|---|---|\n| 1 | 2 |", math);
        Assert.False(math.Loaded);
        Parse("One: $x$.", math);
        Assert.True(math.Loaded);
    }

    private static PageBody Parse(string markdown, MathTypesetter math)
    {
        var source = new SourceDocument
        {
            Path = "reports/r/en/01-intro.md", Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "01-intro",
            FrontMatter = new FrontMatter { Title = "Introduction" }, BodyFirstLine = 5, ContentHash = "",
        };
        var diagnostics = new DiagnosticBag();
        var parsed = new DocumentParser(ReportMarkdownPipeline.Create()).Parse(new MarkdownText(source, markdown), diagnostics, null, null, math);
        Assert.Empty(diagnostics.Sorted());
        return parsed.Body;
    }
}

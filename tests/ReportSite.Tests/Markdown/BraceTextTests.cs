using AngleSharp.Html.Parser;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown;

/// <summary>
/// Issue 17, item 1: text in braces is the author's text. An attribute list is taken only at the end
/// of a heading line or a fence's info string, or right after a link or image, and only when every
/// token in it is <c>#id</c>, <c>.class</c> or <c>key=value</c>; all else shows as GitHub shows it.
/// </summary>
public class BraceTextTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = ReportMarkdownPipeline.Create();

    private static string Render(string markdown, DiagnosticBag? diagnostics = null)
    {
        var parsed = new DocumentParser(Pipeline).Parse(new MarkdownText(new SourceDocument
        {
            Path = "reports/r/en/01-a.md", Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "01-a",
            FrontMatter = new FrontMatter { Title = "T" }, BodyFirstLine = 1, ContentHash = "",
        }, markdown), diagnostics ?? new DiagnosticBag());
        return new HtmlBodyRenderer(Pipeline).Render(parsed.Body);
    }

    private static AngleSharp.Dom.IElement Body(string markdown) =>
        new HtmlParser().ParseDocument("<body>" + Render(markdown) + "</body>").Body!;

    [SkippableTheory]
    [InlineData("公式 x_{i=1} 表示第一项。")]
    [InlineData("Replace {name} with your own name.")]
    [InlineData("Set {year=2025} in the configuration.")]
    [InlineData("Download tidb-{version}-linux-{arch}.tar.gz and unpack it.")]
    [InlineData("Run `export` first: GOARCH=\"${GOARCH}\" go build")]
    [InlineData("GET /admin/routes/{id} returns one route.")]
    // Between unescaped dollars this is a formula now (MathSpecs); with escaped ones, its braces are text.
    [InlineData("\\$\\sum_{i=1}^{n} x\\$ is the total.")]
    [InlineData("| key | value |\n|---|---|\n| {name} | {year=2025} |\n| {#id} | {.class} |")]
    [InlineData("- first {id}\n- {.class} second\n  - nested {key=value}")]
    [InlineData("**bold {#id}** and *{.x}* and **{name}**")]
    [InlineData("[see {name} here](https://example.com/) and [{#id}](https://example.com/)")]
    [InlineData("`code`{.class} and `x`{#id} and `y` {key=value}")]
    [InlineData("A paragraph that ends {#id .class}")]
    [InlineData("Line one ends {.a}\nline two goes on.")]
    [InlineData("{{.class}} and {a {b} c} and {{year=2025}} and {{ .Site.Title }}")]
    [InlineData("Empty {} and blank { } braces.")]
    [InlineData("[x](https://example.com/) {.class} and [y](https://example.com/) { .class }")]
    [InlineData("[x](https://example.com/){name} and [y](https://example.com/){a,b} and ![z](z.png){width=300 height}")]
    [InlineData("{.wide}\n\nThe paragraph after a line of braces.")]
    [InlineData("{.note}\n> A quote after braces.")]
    [InlineData("## Install {version} now")]
    [InlineData("## The sum x_{i=1}")]
    [InlineData("## Use {name}")]
    [InlineData("## Route /users/{id}")]
    [InlineData("Setext {name}\n------")]
    [InlineData("```js {1,3}\nconst a = {b: 1};\n```")]
    [InlineData("Escaped \\{.class} and \\{#id}")]
    [InlineData("JSON {\"a\": 1, \"b\": [2]} inline")]
    [InlineData("> Quoted {name} and {year=2025}")]
    [InlineData("Text {onmouseover=alert(1)} stays text")]
    [InlineData("![The {name} chart](chart.png) and ![{#id}](b.png)")]
    [InlineData("- [ ] {todo} item\n- [x] done {.class}")]
    [InlineData("<kbd>{Ctrl}</kbd>+<kbd>C</kbd> and <span>{#id}</span>")]
    [InlineData("~~{old}~~ and <https://example.com/>{.class}")]
    public void Braces_that_are_not_an_unambiguous_attribute_list_stay_text(string markdown)
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        Assert.Equal(CmarkGfm.VisibleText(CmarkGfm.ToHtml(markdown)), CmarkGfm.VisibleText(Render(markdown)));
    }

    /// <param name="markdown">The text with an attribute list.</param>
    /// <param name="withoutList">The same text without it: what GitHub shows, and so what the page must show.</param>
    [SkippableTheory]
    [InlineData("## Title {#id .class key=value}", "## Title")]
    [InlineData("## Spaced { #spaced  .wide }", "## Spaced")]
    [InlineData("Setext {#set}\n---", "Setext\n---")]
    [InlineData("[x](https://example.com/){.external} after", "[x](https://example.com/) after")]
    [InlineData("![a](b.png){width=300} after", "![a](b.png) after")]
    [InlineData("```python {.numberLines}\nprint(1)\n```", "```python\nprint(1)\n```")]
    public void Unambiguous_attribute_lists_are_not_shown(string markdown, string withoutList)
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        Assert.Equal(CmarkGfm.VisibleText(CmarkGfm.ToHtml(withoutList)), CmarkGfm.VisibleText(Render(markdown)));
    }

    [Fact]
    public void A_list_right_after_a_link_or_image_sets_its_attributes()
    {
        var body = Body("[x](https://example.com/){.external #go title=\"Go there\"} " +
            "[y](https://example.com/){ .spaced } ![a](b.png){width=300 data-x='1'} [r][ref]{.ref}\n\n[ref]: https://example.com/r");
        var links = body.QuerySelectorAll("a");
        Assert.Equal(("go", "external", "Go there"), (links[0].Id, links[0].ClassName, links[0].GetAttribute("title")));
        Assert.Equal("spaced", links[1].ClassName);
        Assert.Equal("ref", links[2].ClassName);
        var image = body.QuerySelector("img")!;
        Assert.Equal(("300", "1"), (image.GetAttribute("width"), image.GetAttribute("data-x")));
    }

    [Fact]
    public void A_list_ending_a_heading_sets_its_attributes_and_its_id_stays_an_alias()
    {
        var heading = Body("## Title {#named .wide lang=zh}").QuerySelector("h2")!;
        Assert.Equal(("sec-1", "wide", "zh"), (heading.Id, heading.ClassName, heading.GetAttribute("lang")));
        Assert.Equal("named", heading.QuerySelector(".anchor-alias")!.Id);
        Assert.StartsWith("Title", heading.TextContent);
        Assert.DoesNotContain("{", heading.TextContent);
    }

    [Fact]
    public void A_list_ending_a_setext_heading_sets_its_id_and_leaves_no_trailing_space()
    {
        var heading = Body("Underlined title {#underlined}\n---").QuerySelector("h2")!;
        Assert.Equal("underlined", heading.QuerySelector(".anchor-alias")!.Id);
        Assert.Equal("Underlined title#", heading.TextContent);
    }

    [Fact]
    public void A_list_in_a_fence_info_sets_the_code_blocks_attributes_and_keeps_its_language()
    {
        var code = Body("```python {.numberLines #listing}\nprint(1)\n```").QuerySelector("pre code")!;
        Assert.Contains("numberLines", code.ClassList);
        Assert.Contains("language-python", code.ClassList);
        Assert.Equal("listing", code.Id);
    }

    [Fact]
    public void A_heading_keeps_braces_that_do_not_end_it_after_a_space()
    {
        var headings = Body("## x_{i=1}\n\n## Install {version}\n\n## Title {#id} more").QuerySelectorAll("h2");
        Assert.Equal(["x_{i=1}", "Install {version}", "Title {#id} more"], headings.Select(h => h.TextContent.TrimEnd('#')));
        Assert.All(headings, h => Assert.StartsWith("sec-", h.Id));
    }

    [Fact]
    public void An_unsafe_attribute_after_a_link_is_removed_with_a_warning_at_the_link()
    {
        var diagnostics = new DiagnosticBag();
        var html = Render("Text\nand [x](https://example.com/){onclick=\"alert(1)\" .ok}", diagnostics);
        Assert.DoesNotContain("onclick", html);
        Assert.Contains("class=\"ok\"", html);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.UnsafeAttribute.Id);
        Assert.Equal((2, 5), (warning.Line, warning.Column));
    }
}

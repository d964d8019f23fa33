using AngleSharp.Html.Parser;
using CsCheck;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>
/// Hostile input (issue 10), property-based (CsCheck): random Markdown and front matter, built from
/// ordinary Markdown, known XSS vectors and random text, never crash the build; the pages it makes
/// parse as HTML and hold no script or event handler that the content wrote. A failure prints the
/// smallest input CsCheck shrank it to, and its seed for replaying.
/// </summary>
public class PropertyTests
{
    private static readonly string[] Fragments =
    [
        "# Title", "## Section", "### Sub {#id .class}", "Plain text.", "中文段落，包含标点。", "*em* **strong** ~~del~~", "`code <b>`",
        "[link](https://example.org)", "[local](02-other.md#sec-1)", "![img](../images/a.png)", "<https://example.org>",
        "- item\n- item", "1. one\n2. two", "> quote", "| a | b |\n|---|---|\n| 1 | 2 |", "```\ncode\n```", "[^1]\n\n[^1]: Note.",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))",
        "[x](JAVASCRIPT&#58;alert(1))", "![x](data:text/html;base64,PHNjcmlwdD4=)", "<iframe src=//evil.example>", "<svg onload=alert(1)>",
        "<details ontoggle=alert(1) open>", "</details>", "<style>*{}</style>", "{onclick=alert(1)}", "## H {onmouseover=alert(1)}",
        "<div style=\"x\" onclick=\"y\">", "</div>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<!-- comment -->",
        "<textarea><script>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<a href=\"&#x6A;avascript:alert(1)\">y</a>",
        "[", "]", "(", "*", "_", "<", ">", "&", "\"", "'", "{", "}", "\\", "|", "`", "---", "***", "\t", "\u0000", "\u202E", "\uFFFD",
    ];

    private static readonly Gen<string> Markdown =
        Gen.OneOf<string>(Gen.OneOf<string>(Fragments), Gen.String[Gen.Char, 0, 12])
            .Array[0, 24]
            .SelectMany(parts => Gen.OneOf<string>("\n", "\n\n", " ", "").Array[parts.Length].Select(seps => string.Concat(parts.Zip(seps, (p, s) => p + s))));

    private static readonly Gen<string> Title = Gen.OneOf<string>(Gen.OneOf<string>(Fragments), Gen.String[Gen.Char, 1, 20]);

    /// <summary>A JSON string is a YAML double-quoted scalar: any title, quoted safely.</summary>
    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    [Fact]
    public void Random_markdown_and_titles_never_crash_the_build_and_never_reach_the_page_as_script()
    {
        Gen.Select(Title, Markdown).Sample((title, body) =>
        {
            using var site = new TestSite(SiteFiles.Minimal().With("reports/r/en/01-intro.md", $"---\ntitle: {Quoted(title)}\n---\n\n{body}\n"));
            var result = site.Build();
            if (!result.Succeeded)
            {
                Assert.All(TestSite.Errors(result), e => Assert.Equal("reports/r/en/01-intro.md", e.File));
                return;
            }
            foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
                AssertNoContentScript(File.ReadAllText(file), file);
        }, iter: 60, threads: 2, print: t => $"title: {Quoted(t.Item1)}\nbody: {Quoted(t.Item2)}");
    }

    [Fact]
    public void Random_text_through_the_front_matter_splitter_never_throws_and_keeps_the_body()
    {
        var lines = Gen.OneOf<string>(Gen.OneOf<string>("---", "title: x", "title: [", "a: &a [*a]", "- x", "key: \"unclosed", "? complex", "!!binary x", ""),
            Gen.String[Gen.Char, 0, 10]);
        lines.Array[0, 12].Select(l => string.Join('\n', l)).Sample(text =>
        {
            var result = FrontMatterParser.Parse(text, "f.md", new DiagnosticBag());
            Assert.True(result.BodyFirstLine >= 1);
            Assert.EndsWith(result.Body, text);
        }, iter: 2000);
    }

    private static void AssertNoContentScript(string html, string file)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = false }).ParseDocument(html);
        Assert.NotNull(document.Body);
        foreach (var script in document.Scripts)
            Assert.True(script.Source is not null && script.Source.Contains("/assets/") || script.Type == "application/ld+json" && !script.Text.Contains('<'),
                $"{file}: content script {script.OuterHtml}");
        foreach (var element in document.All)
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: event handler {element.OuterHtml}");
                Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{file}: script URL {element.OuterHtml}");
            }
        Assert.Empty(document.QuerySelectorAll(".prose iframe, .prose object, .prose embed, .prose style, .prose form"));
    }
}

using System.Text;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown;

/// <summary>
/// Issue 17, item 6: every table GitHub renders is a table here, with the same cells. A GFM table
/// ends at a blank line or another block; a plain line right after it is one more row.
/// </summary>
public class PipeTableFidelityTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = ReportMarkdownPipeline.Create();

    private static PageBody Parse(string markdown) => new DocumentParser(Pipeline).Parse(new MarkdownText(new SourceDocument
    {
        Path = "reports/r/en/01-a.md", Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "01-a",
        FrontMatter = new FrontMatter { Title = "T" }, BodyFirstLine = 1, ContentHash = "",
    }, markdown), new DiagnosticBag()).Body;

    private static string Render(string markdown) => new HtmlBodyRenderer(Pipeline).Render(Parse(markdown));

    /// <summary>Each table's rows, each row's cells as trimmed text.</summary>
    private static List<List<List<string>>> Tables(string html) =>
        new HtmlParser().ParseDocument("<body>" + html + "</body>").QuerySelectorAll("table")
            .Select(table => table.QuerySelectorAll("tr")
                .Select(row => row.Children.Select(cell => CmarkGfm.VisibleText(cell.InnerHtml)).ToList()).ToList())
            .ToList();

    private const string Table = "| Region | Index |\n|---|--:|\n| East | 87.0 |\n| 西部 | 3.5 |\n";

    private static string LongTable(int rows)
    {
        var text = new StringBuilder("| # | Country | Score |\n|---|---|---:|\n");
        for (var i = 1; i <= rows; i++) text.Append($"| {i} | Country {i} | {i * 0.5:0.0} |\n");
        return text.ToString();
    }

    public static TheoryData<string> Cases => new()
    {
        Table + "A plain line right after the table.",
        Table + ":::info\nA note in an admonition.\n:::",
        Table + "## A heading",
        Table + "- a list item\n- another",
        Table + "1. a numbered item",
        Table + "> a quote",
        Table + "```\ncode\n```",
        Table + "***",
        Table + "<details><summary>More</summary>\n\nHidden text.\n\n</details>",
        Table + "\nA paragraph after a blank line.",
        LongTable(124) + "A line after 124 rows.\n:::tip\nText\n:::",
        "| a \\| b | `c \\| d` |\n|---|---|\n| 1 \\| 2 | `x \\| y` |",
        "Region | Index\n--- | ---\nEast | 87.0\nWest | 3.5\nno pipes here",
        "| one column |\n|:-:|\n| cell |\nplain",
        "| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |",
        "A paragraph line\nright before\n| a | b |\n|---|---|\n| 1 | 2 |",
        "| a | b |\n|---|\n| not | a table |",
        "| [link](https://example.com/) | **bold** and *em* |\n|---|---|\n| line<br>break | ~~gone~~ |\nlast",
        "> | a | b |\n> |---|---|\n> | 1 | 2 |\nlazy line",
        "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n  an indented line\n- next item",
        "| 地区 | 指数 |\n| :--- | ---: |\n| 中国 | 1 |\n美国 | 2\n说明文字",
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Every_table_github_renders_is_a_table_with_the_same_cells(string markdown)
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        var github = CmarkGfm.ToHtml(markdown);
        var ours = Render(markdown);
        Assert.Equal(Tables(github), Tables(ours));
        Assert.Equal(CmarkGfm.VisibleText(github), CmarkGfm.VisibleText(ours));
    }

    [Fact]
    public void A_plain_line_after_a_table_is_its_last_row_for_readers_and_search()
    {
        var parsed = Parse(Table + "Source: WIC 2024.\n");
        Assert.Contains("西部\n3.5\nSource: WIC 2024.\n", Assert.Single(parsed.Ast.Descendants<ReportSite.Markdown.ScrollableTables.RenderedTable>()).Text);
        var text = string.Join("|", SectionExtractor.Extract(parsed.Ast, "en", "/en/r/a/", "T", "R").Select(s => s.Text));
        Assert.Contains("西部\n3.5\nSource: WIC 2024.", text);
        var rows = Assert.Single(Tables(new HtmlBodyRenderer(Pipeline).Render(parsed)));
        Assert.Equal(["Source: WIC 2024.", ""], rows[^1]);
        Assert.DoesNotContain(parsed.Ast, block => block is ParagraphBlock);
    }

    [Fact]
    public void A_long_table_followed_by_an_admonition_stays_one_table()
    {
        var html = Render(LongTable(124) + ":::info\nNote.\n:::\n");
        var rows = Assert.Single(Tables(html));
        Assert.Equal(1 + 124 + 3, rows.Count);
        Assert.Equal(["124", "Country 124", "62.0"], rows[124]);
        Assert.Contains("<div class=\"table-scroll\" tabindex=\"0\">", html);
        Assert.Contains("<td class=\"align-right\">62.0</td>", html);
    }

    [Fact]
    public void A_table_with_a_link_stays_a_markdig_table_until_links_are_resolved_and_search_sees_every_row()
    {
        var parsed = Parse("| see | note |\n|---|---|\n| [intro](01-intro.md) | x |\nfollow-up line\n");
        Assert.Single(parsed.Ast.Descendants<Markdig.Extensions.Tables.Table>());
        var text = string.Join("|", SectionExtractor.Extract(parsed.Ast, "en", "/en/r/a/", "T", "R").Select(s => s.Text));
        Assert.Contains("follow-up line", text);
    }

    [Fact]
    public void A_broken_link_in_a_row_is_reported_at_its_place_in_the_row()
    {
        using var site = TestSite.WithChapter("| a | b |\n|---|---|\n| 1 | see [x](missing.md) |\nthen [y](gone.md) in a row without pipes");
        var result = site.Build();
        var broken = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => (d.Line, d.Column)).ToList();
        Assert.Equal([(7, 11), (8, 6)], broken);
    }
}

using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Markdown.ScrollableTables;
using ReportSite.Search;

namespace ReportSite.Tests.Markdown;

/// <summary>
/// Tables nothing changes after parsing are written as the page is parsed (<see cref="RenderedTable"/>:
/// every page body lives from Parse to Render), the rest when the page is; either way the page renders
/// and is searched as with Markdig's tables.
/// </summary>
public class TableRenderingTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = ReportMarkdownPipeline.Create();

    private const string Body =
        "| Region | Index | Note |\n|:---|---:|:-:|\n| **East** | 87.00 | `code` &amp; *x* |\n| 西部 | 3.5 |  |\n\n" +
        "Text between.\n\n" +
        "> | quoted | table |\n> |---|---|\n> | a | b |\n\n" +
        "- item\n\n  | in | list |\n  |---|---|\n  | 1 | 2 |\n\n" +
        "| a row without pipes follows |\n|---|\n| c |\nplain line\n\n" +
        "| linked |\n|---|\n| [intro](01-intro.md) |\n\n" +
        "| note |\n|---|\n| see[^1] |\n\n[^1]: A note.\n";

    private static PageBody Parse(string body) => new DocumentParser(Pipeline).Parse(new MarkdownText(new SourceDocument
    {
        Path = "reports/r/en/02-a.md", Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "02-a",
        FrontMatter = new FrontMatter { Title = "T" }, BodyFirstLine = 1, ContentHash = "",
    }, body), new DiagnosticBag()).Body;

    [Fact]
    public void Tables_nothing_changes_after_parsing_are_written_at_once_and_the_rest_stay_markdig_tables()
    {
        var ast = Parse(Body).Ast;
        Assert.Equal(4, ast.Descendants<RenderedTable>().Count());
        // The table with a link (the Link stage rewrites it) and the one with a footnote reference stay as they were.
        Assert.Equal(2, ast.Descendants<Table>().Count());
    }

    [Fact]
    public void A_page_renders_and_is_searched_exactly_as_with_markdig_tables()
    {
        var parsed = Parse(Body);
        // The same page parsed by Markdig alone (no headings, so parsing changes nothing else).
        var plain = Markdig.Markdown.Parse(Body, Pipeline);
        Assert.Equal(new HtmlBodyRenderer(Pipeline).Render(plain), new HtmlBodyRenderer(Pipeline).Render(parsed.Ast));

        string Text(MarkdownDocument document) => string.Join("|", SectionExtractor.Extract(document, "en", "/en/r/a/", "T", "R").Select(s => s.Text));
        Assert.Equal(Text(plain), Text(parsed.Ast));
        Assert.Contains("East\n87.00\ncode & x\n西部\n3.5\n", Text(parsed.Ast));
    }
}

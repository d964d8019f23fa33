using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Markdown.Numbering;

namespace ReportSite.Tests.Markdown;

/// <summary>
/// What cross-references build on: every numbered element is on <see cref="ParsedDocument.Targets"/>
/// from Parse on, in document order, with the id its author gave it as its key, wherever it is written.
/// </summary>
public class NumberedTargetsTests
{
    [Fact]
    public void Tables_figures_and_boxes_are_listed_in_order_with_their_keys()
    {
        var document = Parse("""
            ```datatable source=t {#tbl-scores}
            ```

            ```chart source=t
            ```

            ![Map](map.png "A map"){#fig-map}

            :::box Cases {#box-cases}
            ![Plan](plan.png)
            :::

            Text with ![an inline image](x.png){#not-a-figure}.

            [^1]: ![In a note](note.png)
            """);
        Assert.Equal(
            [
                (NumberedKind.Table, 1, "tbl-scores", "table-1", 0),
                (NumberedKind.Figure, 1, null, "figure-1", 3),
                (NumberedKind.Figure, 2, "fig-map", "figure-2", 6),
                (NumberedKind.Box, 1, "box-cases", "box-1", 8),
                (NumberedKind.Figure, 3, null, "figure-3", 9),
            ],
            document.Targets.Select(t => (t.Kind, t.Ordinal, t.Key, t.Id, t.Line)));
        Assert.Equal("figure-2", document.RedirectedAnchors["fig-map"]);
        Assert.Equal("box-1", document.RedirectedAnchors["box-cases"]);
        Assert.Contains("box-1", document.Anchors);
    }

    private static ParsedDocument Parse(string markdown)
    {
        var source = new SourceDocument
        {
            Path = "reports/r/en/01-a.md", Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "01-a",
            FrontMatter = new FrontMatter { Title = "T" }, BodyFirstLine = 1, ContentHash = "",
        };
        var bag = new DiagnosticBag();
        var parsed = new DocumentParser(ReportMarkdownPipeline.Create()).Parse(new MarkdownText(source, markdown), bag);
        Assert.Empty(bag.Sorted());
        return parsed.Document;
    }
}

using System.Text;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;

namespace ReportSite.Tests.Markdown;

public class DocumentParserTests
{
    private static readonly DocumentParser Parser = new(ReportMarkdownPipeline.Create());

    private static ParsedPage Parse(string body, string? title = "T", int firstLine = 1)
    {
        var source = new SourceDocument
        {
            Path = "reports/r/zh/01-a.md",
            Kind = ContentKind.Chapter,
            Language = "zh",
            ReportId = "r",
            FileStem = "01-a",
            FrontMatter = new FrontMatter { Title = title },
            BodyFirstLine = firstLine,
            ContentHash = "",
        };
        return Parser.Parse(new MarkdownText(source, body), new DiagnosticBag());
    }

    private static string Html(ParsedPage page) =>
        new HtmlBodyRenderer(ReportMarkdownPipeline.Create()).Render(page.Body.Ast);

    [Fact]
    public void Sections_are_numbered_by_position()
    {
        var doc = Parse("## A\n\n### A1\n\n### A2\n\n## B\n\n### B1\n\n#### B1a\n");
        Assert.Equal(["sec-1", "sec-1-1", "sec-1-2", "sec-2", "sec-2-1", "sec-2-1-1"], doc.Document.Outline.Select(h => h.Anchor.Id));
    }

    [Fact]
    public void Translations_with_the_same_structure_get_the_same_anchors()
    {
        var zh = Parse("## 数据治理\n\n### 规则碎片化\n\n## 数字贸易\n");
        var en = Parse("## Data governance\n\n### Fragmented rules\n\n## Digital trade\n");
        Assert.Equal(zh.Document.Outline.Select(h => h.Anchor.Id), en.Document.Outline.Select(h => h.Anchor.Id));
    }

    [Fact]
    public void Headings_keep_their_text_slug_as_an_alias_with_chinese_kept()
    {
        var zh = Parse("## 数据治理\n\n## 数据治理\n");
        var en = Parse("## Data Governance: the core issue\n");
        Assert.Equal(["数据治理", "数据治理-1"], zh.Document.Outline.Select(h => h.Anchor.Alias));
        Assert.Equal("data-governance-the-core-issue", en.Document.Outline[0].Anchor.Alias);
        Assert.Contains("数据治理", zh.Document.Anchors);
        Assert.Contains("sec-2", zh.Document.Anchors);
    }

    [Fact]
    public void Explicit_heading_id_is_kept_as_alias_and_rendered()
    {
        var doc = Parse("## Ransomware {#ransom}\n");
        Assert.Equal(new ReportSite.Markdown.SectionAnchors.SectionAnchor("sec-1", "ransom"), doc.Document.Outline[0].Anchor);
        var html = Html(doc);
        Assert.Contains("<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"ransom\"></span>Ransomware", html);
    }

    [Fact]
    public void Leading_h1_becomes_the_title_when_front_matter_has_none()
    {
        var doc = Parse("# 数字经济\n\n正文\n\n## 小节\n", title: null);
        Assert.Equal("数字经济", doc.Document.Title);
        Assert.DoesNotContain("<h1", Html(doc));
        Assert.Equal("sec-1", doc.Document.Outline.Single().Anchor.Id);
    }

    [Fact]
    public void Leading_h1_is_not_shown_twice_when_front_matter_has_a_title()
    {
        var doc = Parse("# Same title\n\nBody\n", title: "Same title");
        Assert.Equal("Same title", doc.Document.Title);
        Assert.DoesNotContain("Same title", Html(doc));
    }

    [Fact]
    public void No_title_anywhere_is_an_error()
    {
        var bag = new DiagnosticBag();
        var source = new SourceDocument
        {
            Path = "pages/en/x.md", Kind = ContentKind.Page, Language = "en", FileStem = "x",
            FrontMatter = FrontMatter.None, BodyFirstLine = 1, ContentHash = "",
        };
        Parser.Parse(new MarkdownText(source, "Just text.\n"), bag);
        Assert.Equal("RS0103", Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Heading_lines_count_from_the_top_of_the_file()
    {
        var doc = Parse("Intro\n\n## A\n", firstLine: 6);
        Assert.Equal(8, doc.Document.Outline[0].Line);
    }

    [Fact]
    public void Gfm_tables_footnotes_autolinks_and_strikethrough_render()
    {
        var html = Html(Parse("| a | b |\n|---|--:|\n| 1 | 2 |\n\nText[^1] ~~old~~ https://example.org\n\n[^1]: A note.\n"));
        Assert.Contains("<td class=\"align-right\">2</td>", html);
        Assert.DoesNotContain("style=", html);
        Assert.Contains("<table>", html);
        Assert.Contains("class=\"table-scroll\"", html);
        Assert.Contains("<del>old</del>", html);
        Assert.Contains("href=\"https://example.org\"", html);
        Assert.Contains("id=\"fn-1\"", html);
        Assert.DoesNotContain("/>", html);
    }

    [Fact]
    public void Reading_length_counts_chinese_characters_and_english_words()
    {
        Assert.Equal(new TextLength(4, 0), TextLength.Of("数字经济"));
        Assert.Equal(new TextLength(2, 3), TextLength.Of("数字 economy of scale"));
        // Words end at CJK characters and punctuation (98.5 is two); digits are words too.
        Assert.Equal(new TextLength(2, 6), TextLength.Of("5G网络covers 98.5% of villages"));
        // Characters outside the BMP: a CJK Extension B character, an emoji (neither), a lone surrogate.
        Assert.Equal(new TextLength(1, 2), TextLength.Of("\U00020000ab😀cd\uD800"));
        // Pieces given apart continue a word unless a break comes between them.
        var counter = new TextLength.Counter();
        counter.Add("eco");
        counter.Add("nomy");
        counter.Break();
        counter.Add("scale");
        Assert.Equal(new TextLength(0, 2), counter.Result);
    }

    [Fact]
    public void Reading_length_counted_eight_ascii_characters_at_a_time_is_the_count_one_at_a_time()
    {
        var random = new Random(11);
        const string alphabet = "abcXYZ019 _-.,'\n数字é😀";
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(TextLengthTests.OneRuneAtATime(text), TextLength.Of(text));
        }
    }
}

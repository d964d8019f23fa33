using ReportSite.Diagnostics;

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.CrossReferences.CrossReferenceExtension"/> and the Link stage's
/// <see cref="ReportSite.Linking.CrossReferences"/>: <c>@tbl-x</c>, <c>@fig-x</c>, <c>@box-x</c> and links
/// with no text become the numbered name in the page's language, linked to the element. The first
/// chapter (<see cref="CrossReferenceSpec"/>) holds 表1-1 / Table 1-1 (<c>tbl-scores</c>) and
/// 图1-1 / Figure 1-1 (<c>fig-scores</c>); the case is the second chapter's text.
/// </summary>
public class CrossReferenceSpecs
{
    private const string OwnTable = "\n\n```datatable source=index {#tbl-own}\n```";

    [Theory]
    [InlineData("zh", "见@tbl-scores。", "<p>见<a class=\"xref\" href=\"/zh/r/intro/#table-1\">表1-1</a>。</p>")]
    [InlineData("en", "See @tbl-scores.", "<p>See <a class=\"xref\" href=\"/en/r/intro/#table-1\">Table 1-1</a>.</p>")]
    [InlineData("zh", "（见@fig-scores）", "<p>（见<a class=\"xref\" href=\"/zh/r/intro/#figure-1\">图1-1</a>）</p>")]
    [InlineData("en", "(see @fig-scores)", "<p>(see <a class=\"xref\" href=\"/en/r/intro/#figure-1\">Figure 1-1</a>)</p>")]
    public void A_reference_to_another_chapter_is_its_numbered_name_in_the_pages_language(string language, string markdown, string html) =>
        Assert.Equal(html, CrossReferenceSpec.Text(language, markdown));

    [Theory]
    [InlineData("zh", "见@tbl-own。" + OwnTable, "<p>见<a class=\"xref\" href=\"#table-1\">表2-1</a>。</p>")]
    [InlineData("en", "See @tbl-own." + OwnTable, "<p>See <a class=\"xref\" href=\"#table-1\">Table 2-1</a>.</p>")]
    public void A_reference_on_the_same_page_links_to_the_elements_numbered_id(string language, string markdown, string html) =>
        Assert.StartsWith(html, CrossReferenceSpec.Text(language, markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("zh", "```datatable source=index {#tbl-scores}\n```\n\n见@tbl-scores。", "<p>见<a class=\"xref\" href=\"#table-1\">表2-1</a>。</p>")]
    [InlineData("en", "```datatable source=index {#tbl-scores}\n```\n\nSee @tbl-scores.", "<p>See <a class=\"xref\" href=\"#table-1\">Table 2-1</a>.</p>")]
    public void The_pages_own_element_comes_before_another_chapters_with_the_same_id(string language, string markdown, string html) =>
        Assert.EndsWith(html, CrossReferenceSpec.Text(language, markdown), StringComparison.Ordinal);

    [Theory]
    // Pandoc's citation boundary: not after an ASCII letter, digit, '.' or '_' (addresses stay text).
    [InlineData("en", "Write to me@fig-a.com or a.b@tbl-scores.", "<p>Write to me@fig-a.com or a.b@tbl-scores.</p>")]
    [InlineData("en", "x_@tbl-scores and 1@tbl-scores", "<p>x_@tbl-scores and 1@tbl-scores</p>")]
    // An escaped @ is an @; other @words and bare prefixes are text, as GitHub shows them.
    [InlineData("en", "\\@tbl-scores, @someone, @fig- and @Tbl-scores", "<p>@tbl-scores, @someone, @fig- and @Tbl-scores</p>")]
    [InlineData("zh", "\\@tbl-scores、@张三、@fig-", "<p>@tbl-scores、@张三、@fig-</p>")]
    // Code keeps its text.
    [InlineData("en", "`@tbl-scores`", "<p><code>@tbl-scores</code></p>")]
    public void What_is_not_a_reference_stays_as_written(string language, string markdown, string html) =>
        Assert.Equal(html, CrossReferenceSpec.Text(language, markdown));

    [Theory]
    // Trailing punctuation is not part of the key; punctuation between letters is.
    [InlineData("en", "As @tbl-scores. shows: @fig-scores:", "<p>As <a class=\"xref\" href=\"/en/r/intro/#table-1\">Table 1-1</a>. shows: <a class=\"xref\" href=\"/en/r/intro/#figure-1\">Figure 1-1</a>:</p>")]
    // Keys are ASCII, so Chinese text may follow one directly.
    [InlineData("zh", "@tbl-scores的数据，@fig-scores所示", "<p><a class=\"xref\" href=\"/zh/r/intro/#table-1\">表1-1</a>的数据，<a class=\"xref\" href=\"/zh/r/intro/#figure-1\">图1-1</a>所示</p>")]
    [InlineData("zh", "**@tbl-scores**", "<p><strong><a class=\"xref\" href=\"/zh/r/intro/#table-1\">表1-1</a></strong></p>")]
    public void A_reference_ends_where_its_key_does(string language, string markdown, string html) =>
        Assert.Equal(html, CrossReferenceSpec.Text(language, markdown));

    [Theory]
    [InlineData("zh", "| 指标 | 出处 |\n|---|---|\n| 得分 | @tbl-scores |", "<td><a class=\"xref\" href=\"/zh/r/intro/#table-1\">表1-1</a></td>")]
    [InlineData("en", "Scores.[^1]\n\n[^1]: As in @fig-scores.", "<p>As in <a class=\"xref\" href=\"/en/r/intro/#figure-1\">Figure 1-1</a>.")]
    public void A_reference_in_a_table_cell_or_footnote_is_named_too(string language, string markdown, string html) =>
        Assert.Contains(html, CrossReferenceSpec.Html(language, markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "[see @tbl-scores](https://example.org/)", "<p><a href=\"https://example.org/\">see Table 1-1</a></p>")]
    [InlineData("zh", "[见@tbl-scores](https://example.org/)", "<p><a href=\"https://example.org/\">见表1-1</a></p>")]
    public void A_reference_in_a_links_text_is_only_its_name(string language, string markdown, string html) =>
        Assert.Equal(html, CrossReferenceSpec.Text(language, markdown));

    [Theory]
    [InlineData("zh", "见[](01-intro.md#table-1)和[](01-intro.md#fig-scores)。",
        "<p>见<a href=\"/zh/r/intro/#table-1\" class=\"xref\">表1-1</a>和<a href=\"/zh/r/intro/#figure-1\" class=\"xref\">图1-1</a>。</p>")]
    [InlineData("en", "See [](01-intro.md#table-1) and [](01-intro.md#fig-scores).",
        "<p>See <a href=\"/en/r/intro/#table-1\" class=\"xref\">Table 1-1</a> and <a href=\"/en/r/intro/#figure-1\" class=\"xref\">Figure 1-1</a>.</p>")]
    [InlineData("zh", "见[](#table-1)、[](#tbl-own)。" + OwnTable,
        "<p>见<a href=\"#table-1\" class=\"xref\">表2-1</a>、<a href=\"#table-1\" class=\"xref\">表2-1</a>。</p>")]
    [InlineData("en", "See [](#table-1) and [](#tbl-own)." + OwnTable,
        "<p>See <a href=\"#table-1\" class=\"xref\">Table 2-1</a> and <a href=\"#table-1\" class=\"xref\">Table 2-1</a>.</p>")]
    public void A_link_with_no_text_to_a_numbered_element_gets_its_name(string language, string markdown, string html) =>
        Assert.StartsWith(html, CrossReferenceSpec.Text(language, markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("zh", "见[](01-intro.md)的[](01-intro.md#sec-1)。", "<p>见<a href=\"/zh/r/intro/\" class=\"xref\">Intro</a>的<a href=\"/zh/r/intro/#sec-1\" class=\"xref\">A</a>。</p>")]
    [InlineData("en", "See [](01-intro.md), [](01-intro.md#a).", "<p>See <a href=\"/en/r/intro/\" class=\"xref\">Intro</a>, <a href=\"/en/r/intro/#a\" class=\"xref\">A</a>.</p>")]
    public void A_link_with_no_text_to_a_chapter_or_heading_gets_its_title(string language, string markdown, string html) =>
        Assert.Equal(html, CrossReferenceSpec.Text(language, markdown));

    [Theory]
    [InlineData("en", "[](https://example.org/) [](#top) [text](#table-1)", "<p><a href=\"https://example.org/\"></a> <a href=\"#top\"></a> <a href=\"#table-1\">text</a></p>")]
    public void Other_links_are_left_as_written(string language, string markdown, string html) =>
        Assert.StartsWith(html, CrossReferenceSpec.Text(language, markdown + OwnTable), StringComparison.Ordinal);

    [Theory]
    [InlineData("zh", "见@tbl-scores。", "<p>见<a class=\"xref\" href=\"/sub/zh/r/intro/#table-1\">表1-1</a>。</p>")]
    [InlineData("en", "See [](01-intro.md#fig-scores).", "<p>See <a href=\"/sub/en/r/intro/#figure-1\" class=\"xref\">Figure 1-1</a>.</p>")]
    public void Addresses_follow_the_base_path(string language, string markdown, string html) =>
        Assert.Equal(html, CrossReferenceSpec.Text(language, markdown, "/sub/"));

    [Theory]
    [InlineData("zh", "见@tbl-scroes。", 7, 2, "Did you mean '@tbl-scores'?")]
    [InlineData("en", "See @fig-growth.", 7, 5, "@fig-scores, @tbl-scores")]
    [InlineData("en", "Text.\n\nAs **@box-cases** shows", 9, 6, "@fig-scores, @tbl-scores")]
    public void A_reference_to_a_missing_id_is_one_error_at_its_place_with_a_hint(string language, string markdown, int line, int column, string hint)
    {
        var (_, diagnostics) = CrossReferenceSpec.Build(language, markdown);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MissingReference.Id, Severity.Error, $"reports/r/{language}/02-data.md", line, column),
            (error.Code, error.Severity, error.File, error.Line, error.Column));
        Assert.Contains(hint, error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_linking_a_reference_is_shown_as_written() =>
        Assert.Equal("<p>见@tbl-scores。</p>", Spec.Html("见@tbl-scores。", "zh", new DiagnosticBag()));
}

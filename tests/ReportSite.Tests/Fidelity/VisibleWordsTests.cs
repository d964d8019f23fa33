using AngleSharp.Html.Parser;

namespace ReportSite.Tests.Fidelity;

public class VisibleWordsTests
{
    private static VisibleWords Of(string html) => VisibleWords.Of(new HtmlParser().ParseDocument(html).Body);

    private static string Sorted(VisibleWords words) =>
        string.Join(" ", words.Counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value}"));

    [Fact]
    public void Each_Chinese_character_is_a_word_and_each_run_of_letters_or_digits_too()
    {
        var words = Of("<p>数字经济 grew 7.5%, x_{i=1} 7 经济</p>");

        Assert.Equal("1:1 5:1 7:2 grew:1 i:1 x:1 字:1 数:1 济:2 经:2", Sorted(words));
        Assert.Equal(13, words.Total);
    }

    [Fact]
    public void Script_and_style_are_not_visible_text_but_unknown_elements_keep_theirs()
    {
        Assert.Equal("Homebrew:1 Install:1 macOS:1", Sorted(Of("<Tabs><TabItem label=\"x\">Install Homebrew</TabItem></Tabs><script>var a</script><style>p{}</style><EmailSubscriptionWrapper /> macOS")));
    }

    [Fact]
    public void Blocks_and_line_breaks_separate_words_but_inline_elements_do_not()
    {
        Assert.Equal("one:1 three:1 two:1", Sorted(Of("<table><tr><td>one</td><td>two<br>three</td></tr></table>")));
        Assert.Equal("foobar:1", Sorted(Of("<p>foo<strong>bar</strong></p>")));
        Assert.Equal("foobar:1", Sorted(Of("<p>foo<Note>bar</Note></p>")));
    }

    [Fact]
    public void Kept_words_count_each_word_at_most_as_often_as_GitHub_shows_it()
    {
        var github = VisibleWords.OfText("a a b c");
        var page = VisibleWords.OfText("a b b b d");

        Assert.Equal(2, page.KeptOf(github));
        Assert.Equal(["a", "c"], page.LostFrom(github));
    }

    [Fact]
    public void Heading_ids_are_not_counted_as_text_GitHub_shows_but_ids_in_code_are()
    {
        var markdown = "## Data {#data}\n\n```md\n## Kept {#kept}\n```\n\nText {#text}\n";

        Assert.Equal("## Data\n\n```md\n## Kept {#kept}\n```\n\nText {#text}\n", FidelityMeasure.WithoutHeadingIds(markdown));
    }
}

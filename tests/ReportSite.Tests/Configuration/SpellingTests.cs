using ReportSite.Configuration;

namespace ReportSite.Tests.Configuration;

public class SpellingTests
{
    [Theory]
    [InlineData("tilte", "title")]
    [InlineData("lable", "label")]
    [InlineData("sumamry", "summary")]
    [InlineData("ab", "ba")]
    public void Two_neighbouring_letters_swapped_are_one_edit(string typed, string meant) =>
        Assert.Equal(1, Spelling.Distance(typed, meant));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: a swapped pair is not edited again
    public void Other_edits_count_as_before(string a, string b, int distance) =>
        Assert.Equal(distance, Spelling.Distance(a, b));

    [Theory]
    [InlineData("tilte", "title")]
    [InlineData("lable", "label")]
    [InlineData("summray", "summary")]
    public void A_transposition_is_suggested_before_a_word_two_edits_away(string typed, string meant) =>
        Assert.Equal(meant, Spelling.Closest(typed, ["label", "table", "title", "summary", "summer"]));
}

using System.Text.Json;
using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>The tokeniser against the case table the JS client is tested with too (tests/js/tokenize.test.js).</summary>
public class SearchTokenizerTests
{
    public static TheoryData<string, string[]> SharedCases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "search-tokenize-cases.json")));
        var data = new TheoryData<string, string[]>();
        foreach (var item in json.RootElement.GetProperty("cases").EnumerateArray())
            data.Add(item.GetProperty("input").GetString()!, item.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray());
        return data;
    }

    [Theory]
    [MemberData(nameof(SharedCases))]
    public void Tokens_match_the_shared_specification(string input, string[] expected) =>
        Assert.Equal(expected, SearchTokenizer.Tokenize(input).Select(t => t.Text));

    [Fact]
    public void Only_latin_and_digit_runs_are_words_for_prefix_matching()
    {
        var tokens = SearchTokenizer.Tokenize("数据 data");
        Assert.Equal([false, true], tokens.Select(t => t.IsWord));
    }

    [Fact]
    public void Text_that_NFKC_lengthens_is_tokenised_whole()
    {
        // U+FDFA becomes 18 characters under NFKC (four Arabic words), U+3392 "㎒" becomes "MHz":
        // the normalised text is many times longer than the section's.
        var text = string.Concat(Enumerable.Repeat("\uFDFA ㎒ ", 200)) + "终点 End";
        var expected = SearchTokenizer.Tokenize(text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant());
        var tokens = SearchTokenizer.Tokenize(text);
        Assert.Equal(expected, tokens);
        Assert.Equal(["终点", "end"], tokens[^2..].Select(t => t.Text));
        Assert.Contains(tokens, t => t.Text == "mhz");
    }
}

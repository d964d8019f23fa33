using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>
/// English words are indexed under their Snowball stems, and every word seen whose stem differs is
/// listed pointing to its stem, so the client (which has no stemmer) finds "refreshing" in a section
/// that says "refreshed". Chinese bigrams, numbers and words in other scripts stay as they are.
/// </summary>
public class StemmingTests
{
    private static TestSite Site() => new(SiteFiles.Minimal()
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n下拉刷新 refreshing 列表。\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\nPull down to refresh the list.\n\n## Refreshed lists\n\nThe list is refreshed and refreshing again refreshes it.\n\n## Swiping\n\nSwipe cells; 2024 budgets; naïve cafés.\n"));

    [Fact]
    public void Words_of_one_stem_are_one_term_and_each_word_points_to_its_stem()
    {
        using var site = Site();
        site.BuildOk();
        var index = new SearchIndexReader(site.Output, "en");

        var refresh = index.Terms["refresh"];
        Assert.Equal(2, refresh.DocumentFrequency); // the opening section and "Refreshed lists", each once
        Assert.Equal(2, refresh.Postings.Count);
        foreach (var word in new[] { "refreshed", "refreshing", "refreshes" })
        {
            Assert.Equal("refresh", index.Stems[word]);
            Assert.False(index.Terms.ContainsKey(word));
        }
        Assert.Equal("swipe", index.Stems["swiping"]);
        Assert.True(index.Terms.ContainsKey("swipe"));
        Assert.Equal("budget", index.Stems["budgets"]);
        Assert.True(index.Terms.ContainsKey("2024"));
        Assert.True(index.Terms.ContainsKey("naïve")); // not ASCII letters: not stemmed
        Assert.False(index.Stems.ContainsKey("refresh")); // a word that is its own stem needs no pointer
    }

    [Fact]
    public void A_section_using_several_words_of_a_stem_weighs_more_than_one_using_one()
    {
        using var site = Site();
        site.BuildOk();
        var index = new SearchIndexReader(site.Output, "en");

        var postings = index.Terms["refresh"].Postings;
        var opening = postings.Single(p => index.Fragment(p.Section).GetProperty("h").GetString() == "");
        var refreshed = postings.Single(p => index.Fragment(p.Section).GetProperty("h").GetString() == "Refreshed lists");
        Assert.True((refreshed.Impact & Posting.WeightBits) > (opening.Impact & Posting.WeightBits));
        Assert.NotEqual(0, refreshed.Impact & Posting.InHeading);
    }

    [Fact]
    public void Chinese_bigrams_stay_and_english_words_in_chinese_pages_are_stemmed_the_same_way()
    {
        using var site = Site();
        site.BuildOk();
        var index = new SearchIndexReader(site.Output, "zh");

        Assert.True(index.Terms.ContainsKey("刷新"));
        Assert.Equal("refresh", index.Stems["refreshing"]);
        Assert.True(index.Terms.ContainsKey("refresh"));
    }

    [Theory]
    [InlineData("refreshing", "refresh")]
    [InlineData("economies", "economi")]
    [InlineData("governments", "govern")]
    [InlineData("running", "run")]
    [InlineData("ai", "ai")]
    [InlineData("5g", "5g")]
    [InlineData("数字", "数字")]
    public void The_stem_of_a_term_is_snowballs_for_english_words_and_the_term_itself_otherwise(string term, string stem)
    {
        Assert.Equal(stem, WordStems.Of([term])[0]);
    }
}

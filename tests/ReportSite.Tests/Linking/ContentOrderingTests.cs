using ReportSite.Content;
using ReportSite.Linking;

namespace ReportSite.Tests.Linking;

public class ContentOrderingTests
{
    [Theory]
    [InlineData("02-digital-economy", "digital-economy")]
    [InlineData("10_index", "index")]
    [InlineData("about", "about")]
    [InlineData("2024", "2024")]
    public void Slug_drops_the_number_prefix(string stem, string slug) => Assert.Equal(slug, ContentOrdering.Slug(stem));

    [Fact]
    public void Chapters_that_would_share_a_slug_keep_their_number_prefix()
    {
        var sources = new[] { "01-economy", "11-economy", "02-security" }
            .Select(stem => new SourceDocument
            {
                Path = $"reports/r/zh/{stem}.md", Kind = ContentKind.Chapter, Language = "zh", ReportId = "r",
                FileStem = stem, FrontMatter = FrontMatter.None, BodyFirstLine = 1, ContentHash = "",
            });
        var slugs = ContentOrdering.Slugs(sources);
        Assert.Equal(["01-economy", "11-economy", "security"], slugs.Values.Order());
    }
}

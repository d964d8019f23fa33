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
}

using ReportSite.Configuration;
using ReportSite.Data;

namespace ReportSite.Tests.Data;

public class NumberFormatterTests
{
    private static DataColumn Column(ColumnType type, int decimals) => new("x", LocalizedText.Same("X"), type, decimals, LocalizedText.Empty);

    [Theory]
    [InlineData("zh-CN", 1234.5, 2, "1,234.50")]
    [InlineData("en", 1234.5, 2, "1,234.50")]
    [InlineData("en", 65.255, 1, "65.3")]
    [InlineData("zh-CN", 7, 0, "7")]
    [InlineData("fr", 1234.5, 1, "1 234,5")]
    public void Numbers_follow_the_readers_culture(string culture, double value, int decimals, string expected) =>
        Assert.Equal(expected, NumberFormatter.For(culture).Format(value, Column(ColumnType.Number, decimals)).Replace('\u202F', ' ').Replace('\u00A0', ' '));

    [Fact]
    public void Percent_values_are_written_as_percentages()
    {
        Assert.Equal("45.2%", NumberFormatter.For("zh-CN").Format(45.2, Column(ColumnType.Percent, 1)));
        Assert.Equal("45.2%", NumberFormatter.For("en").Format(45.2, Column(ColumnType.Percent, 1)));
    }

    [Fact]
    public void Missing_values_show_a_dash() =>
        Assert.Equal("—", NumberFormatter.For("en").Format(null, Column(ColumnType.Number, 2)));
}

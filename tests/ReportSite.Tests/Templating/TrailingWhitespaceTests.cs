using ReportSite.Templating;

namespace ReportSite.Tests.Templating;

public class TrailingWhitespaceTests
{
    [Theory]
    [InlineData("<p>a</p>  \n<p>b</p>\t\n", "<p>a</p>\n<p>b</p>\n")]
    [InlineData("a \t \r\nb  \r\n", "a\r\nb\r\n")]
    [InlineData("    \n  \n", "\n\n")]
    [InlineData("no newline at the end   ", "no newline at the end   ")]
    [InlineData("  leading spaces stay\n", "  leading spaces stay\n")]
    [InlineData("a\r\r\n", "a\r\r\n")]
    [InlineData("", "")]
    [InlineData("a  \nb\n\nc \r\nd\te", "a\nb\n\nc\r\nd\te")] // lines after a removal move up
    [InlineData("\n \n\t\r\n", "\n\n\r\n")]
    public void Spaces_and_tabs_before_a_line_end_are_removed_and_nothing_else(string html, string expected)
    {
        var text = html.ToCharArray();
        var length = PageOutput.WithoutTrailingWhitespace(text);
        Assert.Equal(expected, new string(text, 0, length));
    }
}

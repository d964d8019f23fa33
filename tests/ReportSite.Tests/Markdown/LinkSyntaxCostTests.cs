using ReportSite.Markdown;

namespace ReportSite.Tests.Markdown;

public class LinkSyntaxCostTests
{
    /// <summary>The estimate as first written, with <see cref="char.IsWhiteSpace(char)"/>: what the table-driven one must match.</summary>
    private static int OneByOne(string text, long maxDestinationScan, long maxBracketScan)
    {
        long destinationScan = 0, bracketScan = 0;
        int pendingDestinations = 0, openBrackets = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingDestinations = 0;
                if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') openBrackets = 0;
                continue;
            }
            destinationScan += pendingDestinations;
            if (c == '[') openBrackets++;
            else if (c == ']')
            {
                if (i + 1 < text.Length && text[i + 1] == '(') { pendingDestinations++; bracketScan += openBrackets; }
                if (openBrackets > 0) openBrackets--;
            }
            if (destinationScan > maxDestinationScan || bracketScan > maxBracketScan) return i;
        }
        return -1;
    }

    [Fact]
    public void Finds_the_same_place_as_the_estimate_with_char_IsWhiteSpace()
    {
        var random = new Random(20261130);
        const string alphabet = "[]()ab \n\u3000\u00a0\u2028数";
        for (var n = 0; n < 3000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var (destinations, brackets) = (random.Next(0, 60), random.Next(0, 20));
            Assert.Equal(OneByOne(text, destinations, brackets), LinkSyntaxCost.TooCostlyAt(text, destinations, brackets));
        }
    }

    [Fact]
    public void Ordinary_text_is_far_below_the_bounds()
    {
        var text = string.Concat(Enumerable.Repeat("See [the chapter](02-economy.md#sec-1) and [数据](https://example.org/a). ", 20_000));
        Assert.Equal(-1, LinkSyntaxCost.TooCostlyAt(text));
    }
}

using ReportSite.Search;

namespace ReportSite.Tests.Search;

public class TermTableTests
{
    [Fact]
    public void Each_distinct_term_gets_one_number_whatever_its_length()
    {
        var table = new TermTable();
        string[] terms = ["数字", "经济", "5g", "ai", "数", "economy", "数字", "ai", "字经", "economy", "g5"];
        var ids = terms.Select(t => table.Id(t.AsSpan())).ToList();
        Assert.Equal([0, 1, 2, 3, 4, 5, 0, 3, 6, 5, 7], ids);
        Assert.Equal(["数字", "经济", "5g", "ai", "数", "economy", "字经", "g5"], table.Names);
    }

    [Fact]
    public void Terms_given_as_strings_and_as_spans_share_numbers()
    {
        var table = new TermTable();
        Assert.Equal(0, table.Id("经济".AsSpan()));
        Assert.Equal(1, table.Id("economy"));
        Assert.Equal(0, table.Id("经济"));
        Assert.Equal(1, table.Id("economy".AsSpan()));
        Assert.Equal(2, table.Id("ai"));
        Assert.Equal(["经济", "economy", "ai"], table.Names);
    }

    [Fact]
    public void Numbers_are_those_a_dictionary_of_strings_gives_in_first_seen_order_as_the_table_grows()
    {
        var table = new TermTable();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(7);
        for (var n = 0; n < 200_000; n++)
        {
            // Bigrams over a small alphabet repeat often (some are one character outside the BMP:
            // two UTF-16 units too); longer words mostly do not.
            var term = random.Next(8) switch
            {
                0 or 1 => new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)('a' + random.Next(26))).ToArray()),
                2 => char.ConvertFromUtf32(0x20000 + random.Next(300)),
                _ => new string([(char)(0x4E00 + random.Next(300)), (char)(0x4E00 + random.Next(300))]),
            };
            if (!expected.TryGetValue(term, out var id)) expected[term] = id = expected.Count;
            Assert.Equal(id, n % 2 == 0 ? table.Id(term.AsSpan()) : table.Id(term));
        }
        Assert.Equal(expected.OrderBy(e => e.Value).Select(e => e.Key), table.Names);
    }
}

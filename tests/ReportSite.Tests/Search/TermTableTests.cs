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
}

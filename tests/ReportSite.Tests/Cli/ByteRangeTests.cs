using ReportSite.Cli.Serve;

namespace ReportSite.Tests.Cli;

/// <summary>The byte ranges the preview (and the test server, standing in for GitHub Pages) answer: the search reads its text packs with them.</summary>
public class ByteRangeTests
{
    [Theory]
    [InlineData("bytes=0-7", 100, 0, 8)]
    [InlineData("bytes=10-19", 100, 10, 10)]
    [InlineData("bytes=90-", 100, 90, 10)]
    [InlineData("bytes=-5", 100, 95, 5)]
    [InlineData("bytes=-500", 100, 0, 100)] // a suffix longer than the file: the whole file, as a range
    [InlineData("bytes=50-999", 100, 50, 50)] // an end past the file's: cut to it
    [InlineData(" bytes=3-3", 100, 3, 1)]
    public void A_single_range_is_answered_with_its_bytes(string header, long fileLength, long start, long length)
    {
        var (range, unsatisfiable) = ByteRange.For(header.Trim(), fileLength);

        Assert.False(unsatisfiable);
        Assert.Equal(new ByteRange(start, length), range);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("items=0-5")]
    [InlineData("bytes=0-5,10-15")] // several ranges: the whole file (RFC 9110 allows it)
    [InlineData("bytes=5-2")]
    [InlineData("bytes=a-b")]
    [InlineData("bytes=-")]
    [InlineData("bytes=+1-2")]
    public void Anything_else_is_answered_with_the_whole_file(string? header)
    {
        var (range, unsatisfiable) = ByteRange.For(header, 100);

        Assert.Null(range);
        Assert.False(unsatisfiable);
    }

    [Theory]
    [InlineData("bytes=100-")]
    [InlineData("bytes=150-200")]
    [InlineData("bytes=-0")]
    public void A_range_past_the_end_is_unsatisfiable(string header)
    {
        var (range, unsatisfiable) = ByteRange.For(header, 100);

        Assert.Null(range);
        Assert.True(unsatisfiable);
    }

    [Fact]
    public void The_content_range_names_the_first_and_last_byte_and_the_length()
    {
        Assert.Equal("bytes 10-19/100", new ByteRange(10, 10).ContentRange(100));
    }
}

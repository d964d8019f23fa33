using ReportSite.Search;

namespace ReportSite.Tests.Search;

public class SegmentedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(SegmentedList<int>.SegmentLength)]
    [InlineData(SegmentedList<int>.SegmentLength + 1)]
    [InlineData(5 * SegmentedList<int>.SegmentLength + 17)]
    public void Segments_hold_every_item_in_the_order_added(int count)
    {
        var list = new SegmentedList<int>();
        for (var i = 0; i < count; i++) list.Add(i);

        var items = new List<int>();
        for (var s = 0; s < list.SegmentCount; s++)
        {
            Assert.True(list.Segment(s).Length <= SegmentedList<int>.SegmentLength);
            items.AddRange(list.Segment(s).ToArray());
        }
        Assert.Equal(count, list.Count);
        Assert.Equal(Enumerable.Range(0, count), items);
    }
}

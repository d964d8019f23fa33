using ReportSite.Markdown.SectionAnchors;
using ReportSite.SideBySide;

namespace ReportSite.Tests.SideBySide;

/// <summary><see cref="SectionRows"/>: which sections of two versions share a row.</summary>
public class SectionRowsTests
{
    private static SectionHeading H(int level, string id, string? alias = null) => new(level, new SectionAnchor(id, alias), id, 1);

    [Fact]
    public void Same_structure_pairs_every_section_by_position()
    {
        var rows = SectionRows.Align([H(2, "sec-1", "背景"), H(3, "sec-1-1"), H(2, "sec-2")], [H(2, "sec-1", "background"), H(3, "sec-1-1"), H(2, "sec-2")]);
        Assert.Equal([(0, 0), (1, 1), (2, 2)], rows.Select(r => (r.Left ?? -1, r.Right ?? -1)).ToList());
    }

    [Fact]
    public void An_extra_subsection_on_one_side_stands_alone_and_the_rest_still_pairs_by_id()
    {
        var rows = SectionRows.Align([H(2, "sec-1"), H(2, "sec-2")], [H(2, "sec-1"), H(3, "sec-1-1"), H(2, "sec-2")]);
        Assert.Equal([(0, 0), (null, 1), (1, 2)], rows.Select(r => (r.Left, r.Right)).ToList());
    }

    [Fact]
    public void A_shared_id_wins_over_position_and_nothing_is_dropped()
    {
        var rows = SectionRows.Align([H(2, "sec-1"), H(2, "sec-2"), H(2, "sec-3", "end")], [H(2, "sec-1"), H(2, "sec-2", "end")]);
        Assert.Equal([(0, 0), (1, null), (2, 1)], rows.Select(r => (r.Left, r.Right)).ToList());
    }

    [Fact]
    public void Sections_of_a_version_without_headings_each_have_a_row()
    {
        var rows = SectionRows.Align([], [H(2, "sec-1"), H(2, "sec-2")]);
        Assert.Equal([(null, 0), (null, 1)], rows.Select(r => (r.Left, r.Right)).ToList());
    }
}

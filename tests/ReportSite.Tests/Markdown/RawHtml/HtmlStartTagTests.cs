using ReportSite.Markdown.RawHtml;

namespace ReportSite.Tests.Markdown.RawHtml;

public class HtmlStartTagTests
{
    [Fact]
    public void Attributes_are_read_with_their_values_and_offsets_however_they_are_quoted()
    {
        const string text = "<img src=\"a b.png\" alt='it\"s' width=200 hidden data-x = y>";
        var tag = Assert.Single(HtmlStartTag.All(text));
        Assert.Equal(("img", 0, text.Length), (tag.Name, tag.Start, tag.End));
        Assert.Equal(["src=a b.png", "alt=it\"s", "width=200", "hidden=", "data-x=y"], tag.Attributes.Select(a => a.Name + "=" + a.Value));
        var src = tag.Attribute("SRC")!;
        Assert.Equal(("a b.png", true), (text.Substring(src.ValueStart, src.Value.Length), src.Quoted));
        Assert.Equal("width", text.Substring(tag.Attribute("width")!.NameStart, 5));
        Assert.False(tag.Attribute("width")!.Quoted);
    }

    [Fact]
    public void Tags_in_comments_declarations_end_tags_and_script_are_not_start_tags()
    {
        const string text = "<!-- <a href=x> --><!DOCTYPE html></p><script>if (a<b) document.write('<img src=y>')</script><?php echo '<i>' ?><b>bold</b><Tab.Item value=\"1\"/>";
        Assert.Equal(["script", "b", "Tab.Item"], HtmlStartTag.All(text).Select(t => t.Name));
    }

    [Fact]
    public void A_tag_never_closed_ends_the_scan_as_it_ends_a_browsers()
    {
        Assert.Equal(["p"], HtmlStartTag.All("<p>text <a title=\"unclosed <b>bold</b>").Select(t => t.Name));
        Assert.Null(HtmlStartTag.ReadAt("<a href=x", 0));
        Assert.Null(HtmlStartTag.ReadAt("a <b>", 0));
        Assert.Equal("b", HtmlStartTag.ReadAt("a <b>", 2)!.Name);
    }
}

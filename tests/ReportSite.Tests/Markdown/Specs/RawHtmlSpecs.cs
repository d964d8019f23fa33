namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.RawHtml.RawHtmlExtension"/>: Raw HTML is sanitised (kept, unwrapped or removed), or published as written on a site that trusts it; either way in the page's HTML5 style.
/// </summary>
public class RawHtmlSpecs
{
    [Theory]
    [InlineData("Water is H<sub>2</sub>O.",
                "<p>Water is H<sub>2</sub>O.</p>")]
    [InlineData("<script>alert(1)</script>\n\nText.",
                "\n<p>Text.</p>")]
    [InlineData("<Tabs>\n\nInside.\n\n</Tabs>",
                "\n<p>Inside.</p>")]
    [InlineData("A<br/>B <img src=\"a.png\" alt=\"x\" />",
                "<p>A<br>B <img src=\"a.png\" alt=\"x\"></p>")]
    [InlineData("A<br/>B <img src=\"a.png\" alt=\"x\" />",
                "<p>A<br>B <img src=\"a.png\" alt=\"x\"></p>", true)]
    [InlineData("<div>\n<hr/>\n</div>",
                "<div>\n<hr>\n</div>", true)]
    [InlineData("<a href=\"#fn:1\">note</a>",
                "<p><a href=\"#fn-1\">note</a></p>")]
    [InlineData("<a href=\"#fn:1\">note</a>",
                "<p><a href=\"#fn-1\">note</a></p>", true)]
    [InlineData("<p onclick=\"x()\">Hi</p>",
                "<p>Hi</p>")]
    [InlineData("<img src=\"a.png\"\n  alt=\"b\" />\n\n<p id=\"fn:1\">x</p>",
                "<p><img src=\"a.png\"\nalt=\"b\"></p>\n<p id=\"user-content-fn:1\">x</p>", true)]
    public void Raw_html_is_written_as_the_site_publishes_it(string markdown, string html, bool trustRawHtml = false) =>
        Assert.Equal(html, Spec.Html(markdown, trustRawHtml));
}

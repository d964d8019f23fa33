namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.Footnotes.FootnoteIdsExtension"/>: Footnotes and their references carry the site's ids (<c>fn-1</c>, <c>fnref-1</c>), and links written for Markdig's (<c>#fn:1</c>) go to them.
/// </summary>
public class FootnotesSpecs
{
    [Theory]
    [InlineData("Text[^1].\n\n[^1]: A note.",
                "<p>Text<a id=\"fnref-1\" href=\"#fn-1\" class=\"footnote-ref\"><sup>1</sup></a>.</p>\n<div class=\"footnotes\">\n<hr>\n<ol>\n<li id=\"fn-1\">\n<p>A note.<a href=\"#fnref-1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>")]
    [InlineData("A[^a] B[^b] again[^a].\n\n[^a]: First.\n[^b]: Second.",
                "<p>A<a id=\"fnref-1\" href=\"#fn-1\" class=\"footnote-ref\"><sup>1</sup></a> B<a id=\"fnref-3\" href=\"#fn-2\" class=\"footnote-ref\"><sup>2</sup></a> again<a id=\"fnref-2\" href=\"#fn-1\" class=\"footnote-ref\"><sup>1</sup></a>.</p>\n<div class=\"footnotes\">\n<hr>\n<ol>\n<li id=\"fn-1\">\n<p>First.<a href=\"#fnref-1\" class=\"footnote-back-ref\">&#8617;</a><a href=\"#fnref-2\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n<li id=\"fn-2\">\n<p>Second.<a href=\"#fnref-3\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>")]
    [InlineData("[back](#fn:1) and [ref](#fnref:2)",
                "<p><a href=\"#fn-1\">back</a> and <a href=\"#fnref-2\">ref</a></p>")]
    [InlineData("<fn:1> and <fnref:2>",
                "<p><a href=\"fn-1\">fn:1</a> and <a href=\"fnref-2\">fnref:2</a></p>")]
    public void Footnotes_carry_the_sites_ids(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));
}

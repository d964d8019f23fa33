namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.SectionAnchors.SectionAnchorExtension"/>: Headings are numbered by position (<c>sec-1</c>, <c>sec-1-1</c>) below the title; their slug or <c>{#id}</c> stays as an alias, and each has a self-link.
/// </summary>
public class SectionAnchorsSpecs
{
    [Theory]
    [InlineData("## Background\n\n### Scope\n\n## Method",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"background\"></span>Background<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n<h3 id=\"sec-1-1\"><span class=\"anchor-alias\" id=\"scope\"></span>Scope<a class=\"heading-anchor\" href=\"#sec-1-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h3>\n<h2 id=\"sec-2\"><span class=\"anchor-alias\" id=\"method\"></span>Method<a class=\"heading-anchor\" href=\"#sec-2\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("## 数据治理",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"数据治理\"></span>数据治理<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("### Deeper first\n\n## Then higher",
                "<h3 id=\"sec-0-1\"><span class=\"anchor-alias\" id=\"deeper-first\"></span>Deeper first<a class=\"heading-anchor\" href=\"#sec-0-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h3>\n<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"then-higher\"></span>Then higher<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("# T\n\n## After the title",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"after-the-title\"></span>After the title<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("## Named {#named}",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"named\"></span>Named<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("Setext section\n--------------\n\nText.",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"setext-section\"></span>Setext section<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n<p>Text.</p>")]
    [InlineData("# Other title\n\n## After",
                "<h1 id=\"sec-1\"><span class=\"anchor-alias\" id=\"other-title\"></span>Other title<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h1>\n<h2 id=\"sec-1-1\"><span class=\"anchor-alias\" id=\"after\"></span>After<a class=\"heading-anchor\" href=\"#sec-1-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    public void A_heading_gets_its_numbered_id_its_alias_and_a_self_link(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));
}

using ReportSite.SideBySide;

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="BodySections"/>: a chapter's body, Markdown in, cut into the side-by-side view's cells
/// out — the text before the first heading, one cell per top-level section, the footnotes — with every
/// id and in-page reference prefixed by the language, in zh and en.
/// </summary>
public class SideBySideSpecs
{
    [Theory]
    [InlineData("zh", "开篇。\n\n## 背景\n\n正文[^1]。\n\n### 细节\n\n见[背景](#sec-1)。\n\n[^1]: 注释。",
        "<p>开篇。</p>\n",
        "<h2 id=\"zh-sec-1\"><span class=\"anchor-alias\" id=\"zh-背景\"></span>背景<a class=\"heading-anchor\" href=\"#zh-sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n<p>正文<a id=\"zh-fnref-1\" href=\"#zh-fn-1\" class=\"footnote-ref\"><sup>1</sup></a>。</p>\n",
        "<h3 id=\"zh-sec-1-1\"><span class=\"anchor-alias\" id=\"zh-细节\"></span>细节<a class=\"heading-anchor\" href=\"#zh-sec-1-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h3>\n<p>见<a href=\"#zh-sec-1\">背景</a>。</p>\n",
        "<div class=\"footnotes\">\n<hr>\n<ol>\n<li id=\"zh-fn-1\">\n<p>注释。<a href=\"#zh-fnref-1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n")]
    [InlineData("en", "Opening.\n\n## Background\n\nText[^1].\n\n### Details\n\nSee [Background](#sec-1).\n\n[^1]: A note.",
        "<p>Opening.</p>\n",
        "<h2 id=\"en-sec-1\"><span class=\"anchor-alias\" id=\"en-background\"></span>Background<a class=\"heading-anchor\" href=\"#en-sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>\n<p>Text<a id=\"en-fnref-1\" href=\"#en-fn-1\" class=\"footnote-ref\"><sup>1</sup></a>.</p>\n",
        "<h3 id=\"en-sec-1-1\"><span class=\"anchor-alias\" id=\"en-details\"></span>Details<a class=\"heading-anchor\" href=\"#en-sec-1-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h3>\n<p>See <a href=\"#en-sec-1\">Background</a>.</p>\n",
        "<div class=\"footnotes\">\n<hr>\n<ol>\n<li id=\"en-fn-1\">\n<p>A note.<a href=\"#en-fnref-1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n")]
    public void A_body_is_cut_at_its_sections_with_its_ids_prefixed(string language, string markdown, string intro, string first, string second, string notes)
    {
        var sections = Spec.Sections(markdown, language);
        Assert.Equal(intro, sections.Intro);
        Assert.Equal([first, second], sections.Sections.Select(s => s.Html));
        Assert.Equal(["sec-1", "sec-1-1"], sections.Sections.Select(s => s.Heading.Anchor.Id));
        Assert.Equal(notes, sections.Notes);
    }

    [Theory]
    [InlineData("zh", "> ## 引文中的标题\n\n## 背景\n\n正文。", "<blockquote>\n<h2 id=\"zh-sec-1\">")]
    [InlineData("en", "> ## A heading in a quote\n\n## Background\n\nText.", "<blockquote>\n<h2 id=\"en-sec-1\">")]
    public void A_heading_inside_a_quote_stays_in_the_cell_it_is_in(string language, string markdown, string introStart)
    {
        var sections = Spec.Sections(markdown, language);
        Assert.StartsWith(introStart, sections.Intro);
        Assert.EndsWith("</blockquote>\n", sections.Intro);
        Assert.Equal(["sec-2"], sections.Sections.Select(s => s.Heading.Anchor.Id));
    }

    [Theory]
    [InlineData("<table><caption id=\"t-1\">C</caption><tr><th id=\"h\">A</th><td headers=\"h x\">1</td></tr></table>",
                "<table><caption id=\"zh-t-1\">C</caption><tr><th id=\"zh-h\">A</th><td headers=\"zh-h zh-x\">1</td></tr></table>")]
    [InlineData("<svg aria-labelledby=\"a b\"><title id=\"a\">T</title><rect fill=\"url(#g)\"/></svg>",
                "<svg aria-labelledby=\"zh-a zh-b\"><title id=\"zh-a\">T</title><rect fill=\"url(#zh-g)\"/></svg>")]
    [InlineData("<a href=\"/zh/r/a/#sec-1\">x</a><a href=\"#\">top</a><p>id=&quot;sec-1&quot; in text</p>",
                "<a href=\"/zh/r/a/#sec-1\">x</a><a href=\"#\">top</a><p>id=&quot;sec-1&quot; in text</p>")]
    public void Ids_and_references_to_them_get_the_prefix_links_to_other_pages_do_not(string html, string prefixed) =>
        Assert.Equal(prefixed, IdPrefixer.Prefix(html, "zh-"));
}

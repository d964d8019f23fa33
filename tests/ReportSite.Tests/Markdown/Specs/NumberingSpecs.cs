using ReportSite.Diagnostics;
using ReportSite.Markdown.Numbering;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="NumberingExtension"/>: an image alone in its paragraph is a numbered figure (counted with
/// charts), a <c>:::box Title {#id}</c> a numbered box. Before the Link stage a spec page has no chapter
/// number, so names are "Figure 1" / "图1"; whole-site tests (<see cref="NumberingSiteTests"/>) show "图1-1".
/// </summary>
public class NumberingSpecs
{
    [Theory]
    [InlineData("en", "Figure 1")]
    [InlineData("zh", "图1")]
    public void An_image_alone_is_a_figure_captioned_by_its_title(string language, string label)
    {
        var bag = new DiagnosticBag();
        Assert.Equal("<figure class=\"image-figure\" id=\"figure-1\">\n"
            + $"<figcaption><span class=\"figure-number\">{label}</span> 六个维度 Six dimensions</figcaption>\n"
            + "<img src=\"six.svg\" alt=\"A hexagon of six dimensions\">\n</figure>",
            Spec.Html("![A hexagon of six dimensions](six.svg \"六个维度 Six dimensions\"){#fig-six}", language, bag));
        Assert.Empty(bag.Sorted());
    }

    [Theory]
    [InlineData("en", "Figure 1", "The eight themes")]
    [InlineData("zh", "图1", "八个年度主题")]
    public void Without_a_title_the_alt_text_is_the_caption_read_once(string language, string label, string alt) =>
        Assert.Equal("<figure class=\"image-figure\" id=\"figure-1\">\n"
            + $"<figcaption><span class=\"figure-number\">{label}</span> <span aria-hidden=\"true\">{alt}</span></figcaption>\n"
            + $"<img src=\"themes.svg\" alt=\"{alt}\">\n</figure>",
            Spec.Html($"![{alt}](themes.svg)", language, new DiagnosticBag()));

    [Fact]
    public void A_linked_image_alone_is_a_figure_too_with_its_attributes_but_not_its_id() =>
        Assert.Equal("<figure class=\"image-figure\" id=\"figure-1\">\n"
            + "<figcaption><span class=\"figure-number\">Figure 1</span> <span aria-hidden=\"true\">Map</span></figcaption>\n"
            + "<a href=\"https://example.org/map\"><img src=\"map.png\" class=\"wide\" width=\"300\" alt=\"Map\"></a>\n</figure>",
            Spec.Html("[![Map](map.png){#fig-map .wide width=300}](https://example.org/map)"));

    [Theory]
    [InlineData("Text before ![Map](map.png)")]
    [InlineData("![Map](map.png) and text after")]
    [InlineData("![](map.png)")]
    [InlineData("![Map](map.png)\n![Plan](plan.png)")]
    [InlineData("- ![Map](map.png)")]
    public void An_image_in_running_text_without_alt_or_in_a_list_stays_inline(string markdown)
    {
        var html = Spec.Html(markdown);
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"map.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_and_image_figures_are_counted_together_tables_and_boxes_apart()
    {
        var html = Spec.Html("```chart\nsource: x\n```\n\n![Map](map.png)\n\n```datatable\nsource: x\n```\n\n:::box Cases\nText.\n:::\n\n![Plan](plan.png)");
        Assert.Contains("<figure class=\"image-figure\" id=\"figure-2\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"image-figure\" id=\"figure-3\">", html, StringComparison.Ordinal);
        Assert.Contains("<aside class=\"box\" id=\"box-1\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", ":::box Digital villages {#box-cases}\nTwo cases.\n:::", "Box 1", "Digital villages")]
    [InlineData("zh", ":::box 数字乡村案例 {#box-cases}\n两个案例。\n:::", "专栏1", "数字乡村案例")]
    public void A_box_is_a_named_aside_with_its_number_and_title(string language, string markdown, string label, string title)
    {
        var bag = new DiagnosticBag();
        var html = Spec.Html(markdown, language, bag);
        Assert.Equal("<aside class=\"box\" id=\"box-1\" role=\"note\" aria-labelledby=\"box-1-title\">\n"
            + $"<p class=\"box__title\" id=\"box-1-title\"><span class=\"box__number\">{label}</span> <span class=\"box__name\">{title}</span></p>\n",
            html[..(html.IndexOf("</p>\n", StringComparison.Ordinal) + 5)]);
        Assert.EndsWith("</p>\n</aside>", html, StringComparison.Ordinal);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_box_holds_lists_tables_and_image_figures() =>
        Assert.Equal("<aside class=\"box\" id=\"box-1\" role=\"note\" aria-labelledby=\"box-1-title\">\n"
            + "<p class=\"box__title\" id=\"box-1-title\"><span class=\"box__number\">专栏1</span> <span class=\"box__name\">案例</span></p>\n"
            + "<ul>\n<li>一</li>\n</ul>\n<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n"
            + "<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n</div>\n"
            + "<figure class=\"image-figure\" id=\"figure-1\">\n<figcaption><span class=\"figure-number\">图1</span> <span aria-hidden=\"true\">图</span></figcaption>\n"
            + "<img src=\"x.png\" alt=\"图\">\n</figure>\n</aside>",
            Spec.Html(":::box 案例\n- 一\n\n| a |\n|---|\n| 1 |\n\n![图](x.png)\n:::", "zh", new DiagnosticBag()));

    [Theory]
    [InlineData("en", "Box 1")]
    [InlineData("zh", "专栏1")]
    public void A_box_without_a_title_is_one_warning_and_still_numbered(string language, string label)
    {
        var bag = new DiagnosticBag();
        var html = Spec.Html("Before.\n\n:::box\nKept text.\n:::", language, bag);
        Assert.Contains($"<span class=\"box__number\">{label}</span></p>\n<p>Kept text.</p>", html, StringComparison.Ordinal);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.UntitledBox.Id, Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(($"reports/r/{language}/01-a.md", 3, 4), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains(":::box", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_used_twice_is_one_duplicate_id_warning()
    {
        var bag = new DiagnosticBag();
        Spec.Html("![Map](a.png){#fig-x}\n\n:::box Cases {#fig-x}\nText.\n:::", "en", bag);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.DuplicateId.Id, diagnostic.Code);
        Assert.Equal(3, diagnostic.Line);
    }

    [SkippableTheory]
    [InlineData("![The eight themes](themes.svg)")]
    [InlineData("![Six dimensions](six.svg \"The index's six dimensions\")")]
    [InlineData("[![Map](map.png)](https://example.org)")]
    public void A_figure_keeps_every_word_GitHub_shows(string markdown)
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        var github = CmarkGfm.VisibleText(CmarkGfm.ToHtml(markdown));
        var ours = CmarkGfm.VisibleText(Spec.Html(markdown));
        Assert.All(github.Split(' ', StringSplitOptions.RemoveEmptyEntries), word => Assert.Contains(word, ours, StringComparison.Ordinal));
    }
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown;

/// <summary>
/// Boxes and image figures in a built site: numbered with the chapter's number in both languages
/// (charts and images counted together), linkable by their author's ids, listed on the report's
/// tables-and-figures page, searched with their section; a version with an extra one is warned at it.
/// </summary>
public class NumberingSiteTests
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private static Dictionary<string, string> Files(string zh, string en) => SiteFiles.Minimal()
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n正文。\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\nText.\n")
        .With("reports/r/zh/02-cases.md", "---\ntitle: 案例\n---\n\n## 背景\n\n" + zh + "\n")
        .With("reports/r/en/02-cases.md", "---\ntitle: Cases\n---\n\n## Background\n\n" + en + "\n");

    private static TestSite Site(string zh, string en)
    {
        var files = Files(zh, en);
        var site = new TestSite(files);
        // A real image, so the Link stage copies it (the test site's files are text).
        Directory.CreateDirectory(Path.Combine(site.Input, "reports/r/images"));
        File.WriteAllBytes(Path.Combine(site.Input, "reports/r/images/map.png"), Convert.FromBase64String(Png));
        return site;
    }

    private const string Zh = "![地图](../images/map.png \"示意地图\"){#fig-map}\n\n:::box 数字乡村案例 {#box-cases}\n两个案例。\n:::\n\n见[地图](#fig-map)与[专栏](#box-cases)。";
    private const string En = "![Map](../images/map.png \"A sketch map\"){#fig-map}\n\n:::box Digital village cases {#box-cases}\nTwo cases.\n:::\n\nSee the [map](#fig-map) and the [box](#box-cases).";

    [Fact]
    public void Figures_and_boxes_carry_the_chapters_number_in_both_languages_and_their_keys_link_to_them()
    {
        using var site = Site(Zh, En);
        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
        foreach (var (language, figure, caption, box, title) in new[] { ("zh", "图2-1", "示意地图", "专栏2-1", "数字乡村案例"), ("en", "Figure 2-1", "A sketch map", "Box 2-1", "Digital village cases") })
        {
            var page = site.Html($"{language}/r/cases/index.html");
            var image = page.QuerySelector("main figure.image-figure#figure-1")!;
            Assert.Equal($"{figure} {caption}", image.QuerySelector("figcaption")!.TextContent);
            var img = image.QuerySelector("img")!;
            Assert.Equal(("lazy", "async", "/reports/r/images/map.png"), (img.GetAttribute("loading"), img.GetAttribute("decoding"), img.GetAttribute("src")));
            Assert.Null(img.GetAttribute("id"));
            var aside = page.QuerySelector("main aside.box#box-1[role=note]")!;
            Assert.Equal($"{box} {title}", page.GetElementById(aside.GetAttribute("aria-labelledby")!)!.TextContent);
            var links = page.QuerySelectorAll("main .prose p a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(["#figure-1", "#box-1"], links);
        }
        Assert.True(site.Exists("reports/r/images/map.png"));
    }

    [Fact]
    public void Charts_and_image_figures_share_one_count_and_the_list_of_figures_names_them_and_the_boxes()
    {
        var files = Files("```chart type=bar source=t label=name value=v\ncaption: 图表\n```\n\n" + Zh, "```chart type=bar source=t label=name value=v\ncaption: Chart\n```\n\n" + En)
            .With("data/t.yaml", "title: {zh: 表, en: Table}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: v, label: {zh: 值, en: Value}, type: number}\nrows:\n  - {name: a, v: 1}\n");
        using var site = new TestSite(files);
        Directory.CreateDirectory(Path.Combine(site.Input, "reports/r/images"));
        File.WriteAllBytes(Path.Combine(site.Input, "reports/r/images/map.png"), Convert.FromBase64String(Png));
        site.BuildOk();
        var page = site.Html("en/r/cases/index.html");
        Assert.Equal("Figure 2-1", page.QuerySelector("figure.chart#figure-1 .figure-number")!.TextContent);
        Assert.Equal("Figure 2-2", page.QuerySelector("figure.image-figure#figure-2 .figure-number")!.TextContent);
        foreach (var (language, figures, boxes) in new[] { ("zh", "图", "专栏"), ("en", "Figures", "Boxes") })
        {
            var list = site.Html($"{language}/r/tables-and-figures/index.html");
            var headings = list.QuerySelectorAll("main h3").Select(h => h.TextContent).ToList();
            Assert.Equal([figures, boxes], headings);
            var entries = list.QuerySelectorAll("main .figures-index__chapter li a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
            Assert.Equal(language == "zh"
                ? [("/zh/r/cases/#figure-1", "图2-1 图表"), ("/zh/r/cases/#figure-2", "图2-2 示意地图"), ("/zh/r/cases/#box-1", "专栏2-1 数字乡村案例")]
                : [("/en/r/cases/#figure-1", "Figure 2-1 Chart"), ("/en/r/cases/#figure-2", "Figure 2-2 A sketch map"), ("/en/r/cases/#box-1", "Box 2-1 Digital village cases")],
                entries);
        }
    }

    [Fact]
    public void A_boxs_number_title_and_text_and_a_figures_caption_are_searched_in_their_section()
    {
        using var site = Site(Zh, En);
        site.BuildOk();
        var index = new SearchIndexReader(site.Output, "en");
        var sections = Enumerable.Range(0, index.Manifest.GetProperty("sections").GetInt32()).Select(index.Fragment).ToList();
        var background = Assert.Single(sections, s => s.GetProperty("h").GetString() == "Background");
        Assert.Equal("Figure 2-1 A sketch map\nMap\nBox 2-1 Digital village cases\nTwo cases.\nSee the map and the box.", background.GetProperty("x").GetString());
    }

    [Fact]
    public void An_element_in_one_language_only_is_one_warning_at_it()
    {
        using var site = Site(Zh + "\n\n:::box 另一个专栏\n仅中文。\n:::", En);
        var result = site.Build();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.NumberedElementsDiffer.Id, Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(("reports/r/zh/02-cases.md", 15, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("box 2", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("{#id}", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_figure_is_found_by_its_key_even_in_the_middle()
    {
        using var site = Site("![新图](../images/map.png){#fig-new}\n\n" + Zh, En);
        var result = site.Build();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NumberedElementsDiffer.Id, diagnostic.Code);
        Assert.Equal(("reports/r/zh/02-cases.md", 7, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("#fig-new", diagnostic.Message, StringComparison.Ordinal);
    }
}

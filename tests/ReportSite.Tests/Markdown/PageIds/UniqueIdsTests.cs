using System.Text.RegularExpressions;
using ReportSite.Diagnostics;
using ReportSite.Markdown.PageIds;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.PageIds;

/// <summary>
/// Issue 17 follow-up: every id on a page is unique. The theme's ids (<c>main</c>, the skip link's
/// target) and the build's (<c>sec-1</c>, <c>fn-1</c>) always win; an author's id that clashes with
/// one of them or with an earlier author id is renamed <c>user-content-…</c> with warning RS0214 at its place.
/// </summary>
public class UniqueIdsTests
{
    private const string Chapter = "en/r/intro/index.html";

    private static TestSite Site(string intro) => new(SiteFiles.Minimal().With("reports/r/en/01-intro.md", intro));

    /// <summary>Members of the class: each way an author writes an id, against each kind of id already on the page.</summary>
    public static TheoryData<string, string> Clashes => new()
    {
        { "# Main\n\nText.\n", "main" }, // the title heading's slug, written by the theme
        { "---\ntitle: Intro\n---\n\n## Main\n\nText.\n", "main" }, // a heading's slug
        { "---\ntitle: Intro\n---\n\n## Contents {#toc-title}\n\n## Two\n\n## Three\n", "toc-title" }, // a heading's {#id}
        { "---\ntitle: Intro\n---\n\n<div id=\"main\">Raw.</div>\n", "main" }, // a raw HTML id
        { "---\ntitle: Intro\n---\n\nSee [this](https://example.org/){#main}.\n", "main" }, // a link's {#id}
        { "---\ntitle: Intro\n---\n\n## One\n\nText <span id=\"sec-1\">here</span>.\n", "sec-1" }, // a section's numbered id
        { "---\ntitle: Intro\n---\n\nText[^1].\n\n<p id=fn-1>Clash.</p>\n\n[^1]: The note.\n", "fn-1" }, // a footnote's
        { "---\ntitle: Intro\n---\n\n## One {#same}\n\n## Two {#same}\n", "same" }, // two author ids
        { "---\ntitle: Intro\n---\n\n## Data governance\n\n<a id=\"data-governance\"></a>Text.\n", "data-governance" }, // raw id = a heading's slug
    };

    [Theory]
    [MemberData(nameof(Clashes))]
    public void Every_id_on_the_page_is_unique_and_the_skip_link_lands_on_the_themes_main(string intro, string id)
    {
        using var site = Site(intro);
        var result = site.BuildOk();
        var html = site.Html(Chapter);
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct().Order(), ids.Order());
        Assert.Equal("#main", html.QuerySelector(".skip-link")!.GetAttribute("href"));
        Assert.Equal("main", html.GetElementById("main")!.LocalName);
        Assert.Contains(Prefix(id), ids);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateId.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("reports/r/en/01-intro.md", warning.File);
        Assert.Contains($"'{id}'", warning.Message);
        Assert.Contains($"'{Prefix(id)}'", warning.Message);
    }

    private static string Prefix(string id) => UniqueIds.Prefix + id;

    [Fact]
    public void A_renamed_id_is_reported_where_it_is_written()
    {
        using var site = Site("""
            ---
            title: Intro
            ---

            ## Results {#search-results}

            Text <b id="sec-1">bold</b> and [a link](https://example.org/){#main}.
            """);
        var result = site.BuildOk();
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateId.Id).Select(d => (d.Line, d.Column, d.Message.Split('\'')[1])).ToList();
        Assert.Equal([(5, 1, "search-results"), (7, 13, "sec-1"), (7, 33, "main")], warnings);
        var prose = site.Html(Chapter).QuerySelector(".prose")!;
        Assert.NotNull(prose.QuerySelector("#user-content-search-results"));
        Assert.NotNull(prose.QuerySelector("b#user-content-sec-1"));
        Assert.NotNull(prose.QuerySelector("a#user-content-main"));
    }

    [Fact]
    public void Links_to_an_id_the_theme_took_go_to_the_authors_element_and_links_to_a_build_id_stay()
    {
        var files = SiteFiles.Minimal()
            .With("reports/r/en/01-intro.md", """
                ---
                title: Intro
                ---

                ## Main

                Text <span id="sec-1">here</span>.

                See [main](#main), <a href="#main">main again</a>, [the first section](#sec-1) and [the span](#user-content-sec-1).
                """)
            .With("reports/r/en/02-more.md", "---\ntitle: More\n---\n\n[Intro's main](01-intro.md#main)\n");
        using var site = new TestSite(files);
        site.BuildOk();
        var links = site.Html(Chapter).QuerySelectorAll(".prose p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#user-content-main", "#user-content-main", "#sec-1", "#user-content-sec-1"], links);
        Assert.Equal("/en/r/intro/#user-content-main", site.Html("en/r/more/index.html").QuerySelector(".prose a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_id_that_is_free_keeps_its_name_and_a_third_clash_gets_a_number()
    {
        using var site = Site("---\ntitle: Intro\n---\n\n<span id=\"main\">a</span> <span id=\"main\">b</span> <span id=\"own\">c</span>\n");
        var result = site.BuildOk();
        var ids = site.Html(Chapter).QuerySelector(".prose")!.QuerySelectorAll("span[id]").Select(e => e.Id).ToList();
        Assert.Equal(["user-content-main", "user-content-main-2", "own"], ids);
        var hints = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateId.Id).Select(d => d.Hint).ToList();
        Assert.Equal(2, hints.Count);
        Assert.StartsWith("Links to '#main' are pointed at '#user-content-main'.", hints[0]);
        Assert.StartsWith("Links to '#main' go to an earlier element ('#user-content-main').", hints[1]);
    }

    [Fact]
    public void A_site_that_trusts_raw_html_gets_its_clashing_ids_renamed_too()
    {
        var files = SiteFiles.Minimal().With("reports/r/en/01-intro.md", "---\ntitle: Intro\n---\n\n<section id='main'>Raw <i id=toc-title>text</i>.</section>\n");
        using var site = new TestSite(files.With("site.yaml", files["site.yaml"] + "trust_raw_html: true\n"));
        site.BuildOk();
        var html = site.Html(Chapter);
        Assert.Equal("main", html.GetElementById("main")!.LocalName);
        Assert.Equal(["user-content-main", "user-content-toc-title"], html.QuerySelector(".prose")!.QuerySelectorAll("[id]").Select(e => e.Id));
    }

    [Fact]
    public void A_charts_ids_and_its_svgs_are_the_builds()
    {
        using var site = TestSite.FromFixture("golden-site");
        var chapter = Directory.EnumerateFiles(Path.Combine(site.Input, "reports"), "*.md", SearchOption.AllDirectories)
            .First(f => File.ReadAllText(f).Contains("```chart"));
        File.AppendAllText(chapter, "\n<p id=\"figure-1\">A <span id=\"figure-1-svg-wide-title\">B</span> <span id=\"figure-99\">C</span></p>\n");
        var result = site.BuildOk();
        var page = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(f))).Single(h => h.GetElementById("figure-99") is not null);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct().Order(), ids.Order());
        Assert.Equal("figure", page.GetElementById("figure-1")!.LocalName);
        Assert.Equal(["figure-1", "figure-1-svg-wide-title"], result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateId.Id).Select(d => d.Message.Split('\'')[1]));
    }

    [Fact]
    public void The_ids_the_default_theme_writes_are_read_from_its_templates()
    {
        var ids = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "themes", "default"), "*.html", SearchOption.AllDirectories)
            .SelectMany(file => ThemeIds.In(File.ReadAllText(file))).ToHashSet();
        Assert.Subset(ids, new HashSet<string> { "main", "toc-title", "contents-title", "report-nav-title", "search-results", "search-query", "site-search-input" });
        Assert.DoesNotContain(ids, id => id.Contains('{'));
    }

    [Fact]
    public void An_id_a_theme_of_ones_own_writes_is_the_themes_too()
    {
        using var site = TestSite.WithOwnTheme(theme =>
        {
            var layout = Path.Combine(theme, "layouts", "chapter.html");
            File.WriteAllText(layout, "<div id=\"banner\" hidden></div>\n" + File.ReadAllText(layout));
        });
        File.WriteAllText(Path.Combine(site.Input, "reports", "r", "en", "01-intro.md"), "---\ntitle: Introduction\n---\n\n## Banner\n\nSee [the banner](#banner).\n");
        var result = site.BuildOk();
        var html = site.Html(Chapter);
        Assert.Equal("div", html.GetElementById("banner")!.LocalName);
        Assert.Equal("#user-content-banner", html.QuerySelector(".prose p a")!.GetAttribute("href"));
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateId.Id && d.Line == 5);
    }
}

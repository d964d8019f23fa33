using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Templating;

public class ThemeTests
{
    /// <summary>The first error of a build whose theme's footer ends with <paramref name="line"/>.</summary>
    private static Diagnostic ErrorFromFooterLine(string line)
    {
        using var site = TestSite.WithOwnTheme(theme => File.AppendAllText(Path.Combine(theme, "partials/footer.html"), line + "\n"));
        return TestSite.Errors(site.Build()).First();
    }

    [Fact]
    public void Template_syntax_error_names_the_template_line_and_column()
    {
        using var site = TestSite.WithOwnTheme(theme =>
            File.WriteAllText(Path.Combine(theme, "partials/footer.html"), "<footer>\n  {{ if }}\n</footer>\n"));
        var error = TestSite.Errors(site.Build()).First();
        Assert.Equal("RS0301", error.Code);
        Assert.Equal("themes/default/partials/footer.html", error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Missing_ui_string_is_an_error_naming_the_key()
    {
        var error = ErrorFromFooterLine("{{ t \"no_such_key\" }}");
        Assert.Equal("RS0301", error.Code);
        Assert.Contains("no_such_key", error.Message);
        Assert.EndsWith("partials/footer.html", error.File);
    }

    [Fact]
    public void I18n_tables_must_define_the_same_keys()
    {
        using var site = TestSite.WithOwnTheme(theme => File.AppendAllText(Path.Combine(theme, "i18n/zh.yaml"), "extra_only_in_zh: 额外\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal("RS0302", error.Code);
        Assert.EndsWith("i18n/en.yaml", error.File);
    }

    [Fact]
    public void Include_cannot_leave_the_theme_folder()
    {
        var error = ErrorFromFooterLine("{{ include \"../../site.yaml\" }}");
        Assert.Equal("RS0301", error.Code);
        Assert.EndsWith("partials/footer.html", error.File);
        Assert.Contains("no template '../../site.yaml'", error.Message);
    }

    [Fact]
    public void Text_from_content_is_html_escaped_in_layouts()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/en/01-intro.md", "---\ntitle: \"<script>alert(1)</script> & co\"\nsummary: \"a \\\"quoted\\\" <b>summary</b>\"\n---\n\nText\n"));
        site.BuildOk();
        var html = site.Read("en/r/intro/index.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html);
        Assert.Equal("a \"quoted\" <b>summary</b>", site.Html("en/r/intro/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void The_article_body_is_its_html_where_a_template_uses_it_as_text()
    {
        // The body is written straight into the page; filters and captures still see its HTML.
        using var site = TestSite.WithOwnTheme(theme => File.AppendAllText(Path.Combine(theme, "partials/article-body.html"),
            "{{ capture copy }}{{ article.content }}{{ end }}<p id=probe>{{ article.content | string.contains \"</p>\" }}|{{ copy | string.size > 0 }}</p>\n"));
        site.BuildOk();
        var page = site.Html("en/r/intro/index.html");
        Assert.Equal("true|true", page.GetElementById("probe")!.TextContent);
        Assert.NotEmpty(page.QuerySelector(".prose")!.TextContent.Trim());
    }

    private static void AddChapters(TestSite site, int count)
    {
        for (var n = 2; n <= count; n++)
        {
            File.WriteAllText(Path.Combine(site.Input, $"reports/r/zh/0{n}-c{n}.md"), $"---\ntitle: 第{n}章\n---\n\n正文{n}。\n");
            File.WriteAllText(Path.Combine(site.Input, $"reports/r/en/0{n}-c{n}.md"), $"---\ntitle: Chapter {n}\n---\n\nText {n}.\n");
        }
    }

    [Fact]
    public void Include_cached_renders_a_partial_once_per_key_and_reuses_it()
    {
        using var site = TestSite.WithOwnTheme(theme =>
        {
            File.WriteAllText(Path.Combine(theme, "partials/probe.html"), "<p id=probe>{{ page.url }}</p>");
            File.AppendAllText(Path.Combine(theme, "layouts/chapter.html"), "{{ include_cached \"partials/probe.html\" page.language page.kind }}\n");
        });
        AddChapters(site, 4);
        site.BuildOk();
        foreach (var language in new[] { "zh", "en" })
        {
            var pages = new[] { "intro", "c2", "c3", "c4" }.Select(c => $"{language}/r/{c}/index.html").ToList();
            var probes = pages.Select(p => site.Html(p).GetElementById("probe")!.TextContent).Distinct().ToList();
            // Every chapter shows what the first chapter rendered with this key showed: its own URL.
            var probe = Assert.Single(probes);
            Assert.StartsWith($"/{language}/r/", probe);
        }
    }

    [Fact]
    public void A_cached_report_nav_marks_the_link_to_the_page_it_is_on()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        AddChapters(site, 3);
        site.BuildOk();
        foreach (var chapter in new[] { "intro", "c2", "c3" })
        {
            var page = site.Html($"en/r/{chapter}/index.html");
            var current = Assert.Single(page.QuerySelectorAll(".report-nav a[aria-current=page]"));
            Assert.Equal($"/en/r/{chapter}/", current.GetAttribute("href"));
            Assert.Equal(3, page.QuerySelectorAll(".report-nav li a").Length);
        }
    }

    [Fact]
    public void Include_cached_without_a_key_is_a_template_error()
    {
        var error = ErrorFromFooterLine("{{ include_cached \"partials/breadcrumbs.html\" }}");
        Assert.Equal("RS0301", error.Code);
        Assert.Contains("key", error.Message);
    }
}

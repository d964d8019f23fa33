using ReportSite.Tests.Support;

namespace ReportSite.Tests.Templating;

/// <summary>
/// A site's <c>themes/default/</c> overrides the built-in theme file by file (Hugo's lookup order):
/// a partial, a layout, an asset or single i18n strings; everything it lacks comes from the built-in theme.
/// </summary>
public class ThemeOverrideTests
{
    private static TestSite Site(params (string Path, string Text)[] themeFiles)
    {
        var site = new TestSite(SiteFiles.Minimal());
        foreach (var (path, text) in themeFiles)
        {
            var full = Path.Combine(site.Input, "..", "themes", "default", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return site;
    }

    [Fact]
    public void One_partial_replaces_the_built_in_one_and_every_other_file_stays()
    {
        using var site = Site(("partials/footer.html", "<footer class=\"site-footer\"><p>Published by the Example Institute</p></footer>\n"));
        site.BuildOk();

        var page = site.Html("en/r/intro/index.html");
        Assert.Equal("Published by the Example Institute", page.QuerySelector("footer.site-footer p")!.TextContent);
        Assert.NotNull(page.QuerySelector(".sidebar .report-nav")); // the built-in chapter layout and report nav
        Assert.NotNull(page.QuerySelector("form.site-search"));
        Assert.Contains("Published by the Example Institute", site.Read("zh/r/intro/index.html"));
    }

    [Fact]
    public void Single_i18n_strings_override_the_built_in_table_and_the_others_stay()
    {
        using var site = Site(("i18n/en.yaml", "search_button: Find\n"));
        site.BuildOk();

        var page = site.Html("en/r/intro/index.html");
        Assert.Equal("Find", page.QuerySelector(".site-search__button")!.TextContent.Trim());
        Assert.Equal("搜索", site.Html("zh/r/intro/index.html").QuerySelector(".site-search__button")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelector(".site-search__input")!.GetAttribute("placeholder")!); // another en string, built in
    }

    [Fact]
    public void An_asset_is_published_from_the_site_under_its_own_content_hash()
    {
        using var site = Site(("assets/css/print.css", "@page { size: A5; }\n"));
        site.BuildOk();

        var link = site.Html("en/r/intro/index.html").QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("print."));
        Assert.Equal("@page { size: A5; }\n", File.ReadAllText(Path.Combine(site.Output, link.TrimStart('/'))));
        Assert.True(File.Exists(Path.Combine(site.Output, site.Html("en/r/intro/index.html").QuerySelectorAll("link[rel=stylesheet]")
            .Select(l => l.GetAttribute("href")!).Single(h => h.Contains("site.")).TrimStart('/'))));
    }

    [Fact]
    public void An_error_in_an_overriding_partial_names_the_sites_file()
    {
        using var site = Site(("partials/footer.html", "<footer>{{ if page.title }}</footer>\n"));
        var result = site.Build();

        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("../themes/default/partials/footer.html", error.File);
        Assert.Equal(1, error.Line);
    }
}

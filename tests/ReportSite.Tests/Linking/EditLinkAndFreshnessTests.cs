using ReportSite.Build;
using ReportSite.Linking;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

/// <summary>
/// "Edit this page" links into the site's repository (site.yaml's repo_url) and each page's last
/// change from git — shown on the page and as the sitemap's lastmod — falling back to the front matter's date.
/// </summary>
public class EditLinkAndFreshnessTests
{
    private static Dictionary<string, string> WithAboutPages(Dictionary<string, string> files) => files
        .With("pages/zh/about.md", "---\ntitle: 关于\n---\n\n正文。\n")
        .With("pages/en/about.md", "---\ntitle: About\n---\n\nText.\n");

    private static BuildResult Build(TestSite site, string? repoUrl = null, string? repoBranch = null) => new SiteBuilder().Build(new BuildOptions
    {
        InputDirectory = site.Input, OutputDirectory = site.Output, ThemeSearchPaths = [RepoPaths.Themes], RepoUrl = repoUrl, RepoBranch = repoBranch,
    });

    private static string? Updated(TestSite site, string sitePath) =>
        site.Html(sitePath).QuerySelector(".article__footer time")?.GetAttribute("datetime");

    private static string? LastModified(TestSite site, string loc)
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var url = sitemap.Root!.Elements(ns + "url").Single(u => u.Element(ns + "loc")!.Value == loc);
        return url.Element(ns + "lastmod")?.Value;
    }

    [Fact]
    public void The_last_change_of_each_file_comes_from_its_last_commit_as_a_day_in_utc()
    {
        using var site = new TestSite(WithAboutPages(SiteFiles.Minimal()));
        var repository = Path.GetDirectoryName(site.Input)!;
        TestGit.CommitAll(repository, "2024-11-01T10:00:00Z");
        File.AppendAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"), "\nMore.\n");
        File.AppendAllText(Path.Combine(site.Input, "pages/zh/about.md"), "\n补充。\n");
        // 23:30 in New York is the next day in UTC.
        TestGit.Run(repository, "2024-11-20T23:30:00-05:00", "commit", "-qam", "edits");

        Assert.True(Build(site).Succeeded);
        Assert.Equal("2024-11-01", Updated(site, "zh/r/intro/index.html"));
        Assert.Equal("2024-11-21", Updated(site, "en/r/intro/index.html"));
        Assert.Equal("2024-11-21", Updated(site, "zh/about/index.html"));
        Assert.Equal("更新于：2024年11月21日", site.Html("zh/about/index.html").QuerySelector(".article__footer span")!.TextContent);
        Assert.Equal("Updated: 21 November 2024", site.Html("en/r/intro/index.html").QuerySelector(".article__footer span")!.TextContent);
        Assert.Equal("2024-11-01", LastModified(site, "/zh/r/intro/"));
        Assert.Equal("2024-11-21", LastModified(site, "/en/r/intro/"));
        Assert.Equal("2024-11-01", LastModified(site, "/en/about/"));
        Assert.Null(LastModified(site, "/zh/r/")); // a generated page has no source of its own

        // The same commit gives the same pages.
        var first = site.Read("en/r/intro/index.html") + site.Read("sitemap.xml");
        Assert.True(Build(site).Succeeded);
        Assert.Equal(first, site.Read("en/r/intro/index.html") + site.Read("sitemap.xml"));
    }

    [Fact]
    public void Outside_a_repository_the_front_matter_date_is_the_last_change()
    {
        using var site = new TestSite(WithAboutPages(SiteFiles.Minimal())
            .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\ndate: 2024-11-05\n---\n\n正文。\n"));
        Assert.True(Build(site).Succeeded);
        Assert.Equal("2024-11-05", LastModified(site, "/zh/r/intro/"));
        // The chapter's header shows that date already: no second line for it.
        Assert.Null(site.Html("zh/r/intro/index.html").QuerySelector(".article__footer"));
        Assert.Null(LastModified(site, "/en/r/intro/"));
        Assert.Null(site.Html("en/about/index.html").QuerySelector(".article__footer"));
    }

    [Fact]
    public void Edit_links_open_each_source_file_at_its_place_in_the_repository()
    {
        using var site = new TestSite(WithAboutPages(SiteFiles.Minimal())
            .With("site.yaml", SiteFiles.SiteYaml + "repo_url: https://github.com/org/reports/\nrepo_branch: drafts\n"));
        TestGit.CommitAll(Path.GetDirectoryName(site.Input)!, "2024-11-01T10:00:00Z");
        Assert.True(Build(site).Succeeded);
        string Edit(string page) => site.Html(page).QuerySelector("a.article__edit")!.GetAttribute("href")!;
        Assert.Equal("https://github.com/org/reports/edit/drafts/input/reports/r/zh/01-intro.md", Edit("zh/r/intro/index.html"));
        Assert.Equal("https://github.com/org/reports/edit/drafts/input/pages/en/about.md", Edit("en/about/index.html"));
        Assert.Equal("编辑此页", site.Html("zh/about/index.html").QuerySelector("a.article__edit")!.TextContent);
        Assert.Null(site.Html("zh/r/index.html").QuerySelector("a.article__edit"));

        // The command line's repository (a CI job's) wins over site.yaml's.
        Assert.True(Build(site, "https://gitlab.com/team/blue-books", "main").Succeeded);
        Assert.Equal("https://gitlab.com/team/blue-books/-/edit/main/input/pages/en/about.md", Edit("en/about/index.html"));
    }

    [Fact]
    public void Without_repo_url_there_are_no_edit_links()
    {
        using var site = new TestSite(WithAboutPages(SiteFiles.Minimal()));
        Assert.True(Build(site).Succeeded);
        Assert.Null(site.Html("en/about/index.html").QuerySelector("a.article__edit"));
        Assert.Null(site.Html("en/r/intro/index.html").QuerySelector("a.article__edit"));
    }

    [Theory]
    [InlineData("https://github.com/org/reports", "", "reports/r/en/01-intro.md", "https://github.com/org/reports/edit/main/reports/r/en/01-intro.md")]
    [InlineData("https://git.example.org/org/reports", "site/", "pages/en/about.md", "https://git.example.org/org/reports/edit/main/site/pages/en/about.md")]
    [InlineData("https://gitlab.com/org/sub/reports", "", "pages/en/about.md", "https://gitlab.com/org/sub/reports/-/edit/main/pages/en/about.md")]
    [InlineData("https://codeberg.org/org/reports", "", "pages/en/about.md", "https://codeberg.org/org/reports/_edit/main/pages/en/about.md")]
    [InlineData("https://gitea.example.org/org/reports", "", "pages/en/about.md", "https://gitea.example.org/org/reports/_edit/main/pages/en/about.md")]
    [InlineData("https://github.com/org/reports", "内容 站点/", "pages/zh/关于.md", "https://github.com/org/reports/edit/main/%E5%86%85%E5%AE%B9%20%E7%AB%99%E7%82%B9/pages/zh/%E5%85%B3%E4%BA%8E.md")]
    public void Each_host_gets_its_own_edit_path_and_paths_are_escaped(string repo, string folder, string path, string expected) =>
        Assert.Equal(expected, new EditLinks(repo, "main", folder).For(path));

    [Theory]
    [InlineData("github.com/org/reports")]
    [InlineData("ftp://example.org/reports")]
    [InlineData("https://github.com/org/reports?tab=readme")]
    public void A_repo_url_that_is_not_a_web_address_is_one_error_at_its_place(string url)
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", SiteFiles.SiteYaml + "repo_url: " + url + "\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0102", "site.yaml", 3, 11), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("https://github.com/org/reports", error.Hint);
    }
}

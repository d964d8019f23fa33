using System.Diagnostics;
using AngleSharp.Html.Parser;
using ReportSite.Cli;
using ReportSite.Tests.Browser;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Publishing;

/// <summary>
/// A new user's site, published without this repository, end to end: the tool packed into a local
/// folder feed (as the release workflow packs it), <c>reportsite new</c>, <c>dotnet tool restore</c>
/// from that feed through the site's tool manifest, then the scaffolded Pages workflow's own steps —
/// check, build with a project-site base URL and PDFs — and the result served under <c>/my-reports/</c>
/// and crawled: no link, asset or anchor missing.
/// </summary>
public class ScaffoldedSiteTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task A_new_site_restores_the_packed_tool_then_checks_builds_and_serves_under_a_project_path_with_no_broken_links()
    {
        using var temp = new TempDirectory();
        var feed = temp.Combine("feed");
        var site = temp.Combine("my-reports");
        var packages = temp.Combine("packages"); // the tool's package folder: no other build of this version in it
        await Dotnet(null, RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "src", "ReportSite.Cli"), "--no-build", "--configuration", Configuration, "--output", feed, "--nologo");
        Assert.True(File.Exists(Path.Combine(feed, $"{ProjectScaffold.PackageId}.{ProjectScaffold.ToolVersion}.nupkg")));

        await Dotnet(null, temp.Path, Path.Combine(AppContext.BaseDirectory, "ReportSite.Cli.dll"), "new", site);
        foreach (var file in new[] { ProjectScaffold.WorkflowPath, ProjectScaffold.ManifestPath, ".gitignore", "README.md", "input/site.yaml" })
            Assert.True(File.Exists(Path.Combine(site, file)), file);
        // The feed stands in for nuget.org.
        File.WriteAllText(Path.Combine(site, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        await Dotnet(packages, site, "tool", "restore");
        var version = await Dotnet(packages, site, "reportsite", "--version");
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(ProjectScaffold.ToolVersion)}\+[0-9a-f]{{40}}$", version.Trim()); // version and commit
        await Dotnet(packages, site, "reportsite", "check", "--input", "input", "--strict", "--format", "github");
        var built = await Dotnet(packages, site, "reportsite", "build", "--input", "input", "--output", "_site", "--base-url", "/my-reports/",
            "--repo-url", "https://github.com/example/my-reports", "--repo-branch", "main", "--pdf", "--browser", BrowserFixture.ChromiumPath);
        Assert.Contains("0 errors", built);
        Assert.True(File.Exists(Path.Combine(site, "_site", "en", "annual-report", "annual-report.pdf")));

        using var server = new StaticSiteServer(Path.Combine(site, "_site"), "/my-reports/");
        var broken = await Crawl(server.BaseUrl);
        Assert.Empty(broken);
    }

    /// <summary>Every page reachable from the root under the base path, every link, stylesheet, script and image on them: what is missing, as "page -> target".</summary>
    private static async Task<List<string>> Crawl(string baseUrl)
    {
        using var http = new HttpClient();
        var root = new Uri(baseUrl);
        var pages = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument?>();
        var queue = new Queue<string>([root.ToString(), new Uri(root, "zh/").ToString(), new Uri(root, "en/").ToString()]);
        var links = new List<(string From, Uri To)>();
        var broken = new List<string>();
        var parser = new HtmlParser();
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (pages.ContainsKey(url)) continue;
            var response = await http.GetAsync(url);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (!response.IsSuccessStatusCode) { broken.Add($"{url}: {(int)response.StatusCode}"); pages[url] = null; continue; }
            if (type != "text/html") { pages[url] = null; continue; }
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            pages[url] = document;
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var target = new Uri(new Uri(url), element.GetAttribute("href") ?? element.GetAttribute("src")!);
                if (target.Scheme != root.Scheme || target.Authority != root.Authority) continue;
                Assert.StartsWith(root.AbsolutePath, target.AbsolutePath); // nothing escapes the project path
                links.Add((url, target));
                queue.Enqueue(target.GetLeftPart(UriPartial.Path));
            }
        }
        foreach (var (from, to) in links)
        {
            var page = to.GetLeftPart(UriPartial.Path);
            if (pages.GetValueOrDefault(page) is null && broken.Any(b => b.StartsWith(page + ":", StringComparison.Ordinal))) broken.Add($"{from} -> {to}");
            else if (to.Fragment.Length > 1 && pages.GetValueOrDefault(page) is { } document && document.GetElementById(Uri.UnescapeDataString(to.Fragment[1..])) is null)
                broken.Add($"{from} -> {to} (no such anchor)");
        }
        Assert.True(pages.Count > 10, $"only {pages.Count} pages reached");
        return broken;
    }

    /// <summary>Runs dotnet with <paramref name="arguments"/> in <paramref name="directory"/> (with <paramref name="packages"/> as its package folder and a dotnet home beside it, if given); its output, or the test fails with it.</summary>
    private static async Task<string> Dotnet(string? packages, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = directory };
        if (packages is not null)
        {
            // Its own package folder and its own dotnet home: the tool resolver cache (in the dotnet home)
            // of an earlier run would point this version at a package folder that is gone.
            start.Environment["NUGET_PACKAGES"] = packages;
            start.Environment["DOTNET_CLI_HOME"] = Path.Combine(packages, "..", "dotnet-home");
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return (await ChildProcess.RunOk(start, TimeSpan.FromMinutes(5))).Out;
    }
}

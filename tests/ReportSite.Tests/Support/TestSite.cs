using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Build;
using ReportSite.Diagnostics;

namespace ReportSite.Tests.Support;

/// <summary>
/// Builds a site from inline files (Hugo's <c>hugolib.Test</c> style) or from a fixture folder,
/// with the repository's default theme, and reads the output back as parsed HTML.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly TempDirectory _temp = new();

    public TestSite(IReadOnlyDictionary<string, string> files)
    {
        Input = _temp.Combine("input");
        foreach (var (path, text) in files)
        {
            var full = System.IO.Path.Combine(Input, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        Output = _temp.Combine("_site");
    }

    /// <summary>The minimal site with one English chapter, <c>reports/r/en/01-intro.md</c> (title Intro), whose text is <paramref name="markdown"/> from line 5 on.</summary>
    public static TestSite WithChapter(string markdown) =>
        new(SiteFiles.Minimal().With("reports/r/en/01-intro.md", "---\ntitle: Intro\n---\n\n" + markdown + "\n"));

    /// <summary>
    /// The minimal site with a copy of the default theme inside it (<c>themes/NAME</c>), which
    /// <paramref name="change"/> may break. Named <c>default</c>, the copy overrides the built-in theme file
    /// by file (a file it lacks comes from the built-in one); under another name (site.yaml's <c>theme:</c>)
    /// it is the whole theme.
    /// </summary>
    public static TestSite WithOwnTheme(Action<string> change, string name = "default")
    {
        var site = new TestSite(SiteFiles.Minimal());
        if (name != "default") File.AppendAllText(System.IO.Path.Combine(site.Input, "site.yaml"), $"\ntheme: {name}\n");
        var source = System.IO.Path.Combine(RepoPaths.Themes, "default");
        var theme = System.IO.Path.Combine(site.Input, "themes", name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(theme, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        change(theme);
        return site;
    }

    /// <summary>A copy of a fixture folder under Fixtures/.</summary>
    public static TestSite FromFixture(string name)
    {
        var source = System.IO.Path.Combine(RepoPaths.Fixtures, name);
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .ToDictionary(f => System.IO.Path.GetRelativePath(source, f), File.ReadAllText);
        return new TestSite(files);
    }

    public string Input { get; }
    public string Output { get; }

    public BuildResult Build(string? baseUrl = null, bool drafts = false) => new SiteBuilder().Build(new BuildOptions
    {
        InputDirectory = Input,
        OutputDirectory = Output,
        BaseUrl = baseUrl,
        IncludeDrafts = drafts,
        ThemeSearchPaths = [RepoPaths.Themes],
    });

    /// <summary>Builds into <paramref name="output"/> instead of the site's own output folder (output-folder tests).</summary>
    public BuildResult BuildInto(string output) => new SiteBuilder().Build(new BuildOptions
    {
        InputDirectory = Input,
        OutputDirectory = output,
        ThemeSearchPaths = [RepoPaths.Themes],
    });

    /// <summary>Runs every stage but writing, as <c>reportsite check</c> does.</summary>
    public BuildResult Check() => new SiteBuilder().Build(new BuildOptions
    {
        InputDirectory = Input,
        OutputDirectory = Output,
        ThemeSearchPaths = [RepoPaths.Themes],
        WriteOutput = false,
    });

    /// <summary>Builds and fails the test, listing the diagnostics, unless the build succeeds.</summary>
    public BuildResult BuildOk(string? baseUrl = null)
    {
        var result = Build(baseUrl);
        Assert.True(result.Succeeded, "Build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    public bool Exists(string sitePath) => File.Exists(System.IO.Path.Combine(Output, sitePath));

    public string Read(string sitePath) => File.ReadAllText(System.IO.Path.Combine(Output, sitePath));

    public IHtmlDocument Html(string sitePath) => new HtmlParser().ParseDocument(Read(sitePath));

    public static IReadOnlyList<Diagnostic> Errors(BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    public void Dispose() => _temp.Dispose();
}

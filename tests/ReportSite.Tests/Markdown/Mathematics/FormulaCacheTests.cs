using ReportSite.Build;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Mathematics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.Mathematics;

/// <summary>
/// The formula cache between builds (one file per site in a cache folder): a build whose formulas
/// are all cached never loads Temml, gives the same bytes as one without the cache, keeps only the
/// site's formulas, never keeps an error, and reads a damaged file as empty.
/// </summary>
public sealed class FormulaCacheTests : IDisposable
{
    private readonly TempDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    private const string Zh = "---\ntitle: 方法\n---\n\n综合得分为$S$，其中$w_{i}$为权重：\n\n$$\nS = \\sum_{i=1}^{n} w_i x_i\n$$\n";
    private const string En = "---\ntitle: Method\n---\n\nThe overall score is $S$, where $w_{i}$ is a weight:\n\n$$\nS = \\sum_{i=1}^{n} w_i x_i\n$$\n";

    private static TestSite Site() =>
        new(SiteFiles.Minimal().With("reports/r/zh/01-intro.md", Zh).With("reports/r/en/01-intro.md", En));

    private (BuildResult Result, bool Loaded) Build(TestSite site, string? output = null, bool cache = true, SiteBuilder? builder = null)
    {
        builder ??= new SiteBuilder();
        var result = builder.Build(new BuildOptions
        {
            InputDirectory = site.Input, OutputDirectory = output ?? site.Output, ThemeSearchPaths = [RepoPaths.Themes], CacheDirectory = cache ? _cache.Path : null,
        });
        return (result, builder.Stages.Formulas.Loaded);
    }

    private string CacheFile(TestSite site) => FormulaCache.For(_cache.Path, site.Input).File;

    private IReadOnlyDictionary<(string Tex, bool Display), string> Cached(TestSite site) => FormulaCache.Read(CacheFile(site));

    [Fact]
    public void A_build_whose_formulas_are_all_cached_never_loads_Temml()
    {
        using var site = Site();
        var (first, loadedFirst) = Build(site);
        Assert.True(first.Succeeded);
        Assert.True(loadedFirst);
        Assert.Equal([("S", false), ("S = \\sum_{i=1}^{n} w_i x_i", true), ("w_{i}", false)], Cached(site).Keys.Order());

        var (second, loadedSecond) = Build(site);
        Assert.True(second.Succeeded);
        Assert.False(loadedSecond);
        Assert.Equal(3, site.Html("en/r/intro/index.html").QuerySelectorAll("math").Length);
    }

    [Fact]
    public void The_output_is_the_same_bytes_with_and_without_the_cache()
    {
        using var site = Site();
        using var temp = new TempDirectory();
        Build(site, temp.Combine("none"), cache: false);
        Assert.False(File.Exists(CacheFile(site)));
        Build(site, temp.Combine("writing"));
        var (_, loaded) = Build(site, temp.Combine("reading"));
        Assert.False(loaded);
        var none = Files(temp.Combine("none"));
        Assert.Contains("en/r/intro/index.html", none.Keys);
        foreach (var other in new[] { "writing", "reading" })
        {
            var files = Files(temp.Combine(other));
            Assert.Equal(none.Keys.Order(), files.Keys.Order());
            Assert.All(none, file => Assert.True(file.Value.AsSpan().SequenceEqual(files[file.Key]), $"{other}: {file.Key} differs"));
        }
    }

    [Theory]
    [InlineData("not json at all {")]
    [InlineData("{\"format\": 1, \"converter\": \"")]
    [InlineData("{\"format\": 1, \"converter\": \"temml-of-another-version\", \"formulas\": [{\"tex\": \"S\", \"display\": false, \"temml\": \"<math>wrong</math>\"}]}")]
    [InlineData("{\"format\": 99, \"formulas\": []}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public void A_damaged_or_foreign_cache_file_is_read_as_empty_and_replaced(string text)
    {
        using var site = Site();
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile(site))!);
        File.WriteAllText(CacheFile(site), text);
        var (result, loaded) = Build(site);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(loaded);
        Assert.DoesNotContain("wrong", site.Read("en/r/intro/index.html"));
        Assert.Equal(3, Cached(site).Count);
    }

    [Fact]
    public void An_entry_of_the_wrong_shape_makes_the_whole_file_untrusted()
    {
        using var site = Site();
        Build(site);
        var text = File.ReadAllText(CacheFile(site));
        File.WriteAllText(CacheFile(site), text.Replace("\"display\": false", "\"display\": \"no\"", StringComparison.Ordinal));
        Assert.Empty(Cached(site));
        Assert.True(Build(site).Loaded);
        Assert.Equal(3, Cached(site).Count);
    }

    [Fact]
    public void A_formula_the_site_no_longer_has_leaves_the_cache()
    {
        using var site = Site();
        // One builder for both builds, as in a preview session, where converted formulas are remembered.
        var builder = new SiteBuilder();
        Build(site, builder: builder);
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"), En.Replace("$w_{i}$", "$v_{i}$", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(site.Input, "reports/r/zh/01-intro.md"), Zh.Replace("$w_{i}$", "$v_{i}$", StringComparison.Ordinal));
        Assert.True(Build(site, builder: builder).Result.Succeeded);
        Assert.Equal([("S", false), ("S = \\sum_{i=1}^{n} w_i x_i", true), ("v_{i}", false)], Cached(site).Keys.Order());
    }

    [Fact]
    public void A_broken_formula_is_never_cached_and_is_reported_on_every_build()
    {
        using var site = TestSite.WithChapter("Fine $x$, broken $\\frac{1}{$.");
        for (var build = 1; build <= 2; build++)
        {
            var error = Assert.Single(TestSite.Errors(Build(site).Result));
            Assert.Equal((DiagnosticCodes.BrokenMath.Id, 5, 18), (error.Code, error.Line, error.Column));
        }
        Assert.Equal([("x", false)], Cached(site).Keys);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_only_costs_time()
    {
        using var site = Site();
        // A file where the cache's folder would be: the cache cannot be written.
        File.WriteAllText(Path.Combine(_cache.Path, "formulas"), "");
        for (var build = 1; build <= 2; build++)
        {
            var (result, loaded) = Build(site);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Empty(result.Diagnostics);
            Assert.True(loaded);
        }
    }

    [Fact]
    public void A_site_without_formulas_or_with_the_cache_turned_off_writes_no_cache()
    {
        using var plain = TestSite.WithChapter("No formulas: $5 and $10.");
        Assert.True(Build(plain).Result.Succeeded);
        using var site = Site();
        Assert.True(Build(site, cache: false).Result.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(_cache.Path, "formulas")));
    }

    [Fact]
    public void Each_site_folder_has_its_own_cache_file()
    {
        using var one = Site();
        using var other = Site();
        Assert.NotEqual(CacheFile(one), CacheFile(other));
        Assert.Equal(CacheFile(one), FormulaCache.For(_cache.Path, one.Input + Path.DirectorySeparatorChar).File);
        Build(one);
        Assert.True(File.Exists(CacheFile(one)));
        Assert.False(File.Exists(CacheFile(other)));
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);
}

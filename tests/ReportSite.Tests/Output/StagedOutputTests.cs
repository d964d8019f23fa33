using ReportSite.Tests.Support;

namespace ReportSite.Tests.Output;

public class StagedOutputTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        site.BuildOk();
        var before = site.Read("zh/r/intro/index.html");

        File.WriteAllText(Path.Combine(site.Input, "reports/r/zh/01-intro.md"), "---\ntitle: 引言\norder: abc\n---\n\n新的正文\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, site.Read("zh/r/intro/index.html"));
        var parent = Path.GetDirectoryName(site.Output)!;
        Assert.DoesNotContain(Directory.GetDirectories(parent), d => Path.GetFileName(d).Contains("staging"));
    }

    [Fact]
    public void A_successful_build_replaces_stale_files()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/02-old.md", "---\ntitle: 旧\n---\n\nx\n"));
        site.Build();
        Assert.True(site.Exists("zh/r/old/index.html"));

        File.Delete(Path.Combine(site.Input, "reports/r/zh/02-old.md"));
        site.BuildOk();
        Assert.False(site.Exists("zh/r/old/index.html"));
    }

    [Fact]
    public void Output_folder_that_is_a_repository_root_is_refused()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        using var repository = new TempDirectory();
        Directory.CreateDirectory(repository.Combine(".git"));
        var result = new ReportSite.Build.SiteBuilder().Build(new ReportSite.Build.BuildOptions
        {
            InputDirectory = site.Input,
            OutputDirectory = repository.Path,
            ThemeSearchPaths = [RepoPaths.Themes],
        });
        Assert.Equal("RS0402", Assert.Single(TestSite.Errors(result)).Code);
        Assert.True(Directory.Exists(repository.Combine(".git")));
    }

    [Fact]
    public void Output_folder_that_contains_the_input_is_refused()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var result = new ReportSite.Build.SiteBuilder().Build(new ReportSite.Build.BuildOptions
        {
            InputDirectory = site.Input,
            OutputDirectory = Path.GetDirectoryName(site.Input)!,
            ThemeSearchPaths = [RepoPaths.Themes],
        });
        Assert.Equal("RS0402", Assert.Single(TestSite.Errors(result)).Code);
        Assert.True(File.Exists(Path.Combine(site.Input, "site.yaml")));
    }
}

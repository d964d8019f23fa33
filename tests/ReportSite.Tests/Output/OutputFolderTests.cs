using ReportSite.Build;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Output;

/// <summary>A build replaces its output folder as a whole, so it only ever replaces a folder it wrote itself.</summary>
public class OutputFolderTests
{
    [Theory]
    [InlineData("notes.md")]
    [InlineData(".hidden")]
    [InlineData("assets/logo.png")]
    public void A_non_empty_folder_the_build_did_not_write_is_refused_and_left_alone(string authorFile)
    {
        using var site = new TestSite(SiteFiles.Minimal());
        using var docs = new TempDirectory();
        var path = docs.Combine(authorFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "the author's own file");

        var result = site.BuildInto(docs.Path);

        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("RS0403", error.Code);
        Assert.Contains(docs.Path, error.Message);
        Assert.Equal("the author's own file", File.ReadAllText(path));
        Assert.False(File.Exists(docs.Combine("index.html")));
    }

    [Fact]
    public void An_empty_subfolder_alone_still_makes_the_folder_not_empty()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        using var docs = new TempDirectory();
        Directory.CreateDirectory(docs.Combine("drafts"));

        Assert.Equal("RS0403", Assert.Single(TestSite.Errors(site.BuildInto(docs.Path))).Code);
        Assert.True(Directory.Exists(docs.Combine("drafts")));
    }

    [Fact]
    public void An_empty_existing_folder_is_built_into()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        using var docs = new TempDirectory();

        Assert.True(site.BuildInto(docs.Path).Succeeded);
        Assert.True(File.Exists(docs.Combine("zh", "r", "intro", "index.html")));
    }

    [Fact]
    public void A_previous_output_carries_the_marker_and_is_replaced()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        site.BuildOk();
        Assert.True(site.Exists(ReportSite.Output.OutputMarker.FileName));

        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "old");
        site.BuildOk();

        Assert.False(site.Exists("stale.html"));
        Assert.True(site.Exists(ReportSite.Output.OutputMarker.FileName));
    }

    [Fact]
    public void The_marker_is_not_listed_in_the_sitemap()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        site.BuildOk();
        Assert.DoesNotContain(ReportSite.Output.OutputMarker.FileName, site.Read("sitemap.xml"));
    }
}

using ReportSite.Output;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Output;

/// <summary>A killed build leaves its staging folder behind; the next build removes what is recognisably ours, nothing else.</summary>
public class StaleStagingTests
{
    private static string Folder(TestSite site, string name, bool marked)
    {
        var folder = Path.Combine(Path.GetDirectoryName(site.Output)!, name);
        Directory.CreateDirectory(Path.Combine(folder, "zh"));
        File.WriteAllText(Path.Combine(folder, "zh", "index.html"), "half written");
        if (marked) OutputMarker.WriteTo(folder);
        return folder;
    }

    [Fact]
    public void Staging_and_old_folders_left_by_killed_builds_are_removed_by_the_next_build()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var staging = Folder(site, $"._site.staging-{Guid.NewGuid():N}", marked: true);
        var old = Folder(site, $"._site.old-{Guid.NewGuid():N}", marked: true);

        site.BuildOk();

        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
    }

    [Theory]
    [InlineData("._site.staging-0123456789abcdef0123456789abcdef", false)]
    [InlineData("._site.staging-mine", true)]
    [InlineData("._site.backup-0123456789abcdef0123456789abcdef", true)]
    [InlineData(".other.staging-0123456789abcdef0123456789abcdef", true)]
    public void Look_alike_folders_that_are_not_clearly_ours_stay(string name, bool marked)
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var folder = Folder(site, name, marked);

        site.BuildOk();

        Assert.Equal("half written", File.ReadAllText(Path.Combine(folder, "zh", "index.html")));
    }

    [Fact]
    public void Removing_unfinished_builds_deletes_the_current_staging_folder()
    {
        using var temp = new TempDirectory();
        using var output = new StagedOutput(temp.Combine("_site"));
        output.WriteText("index.html", "x");

        StagedOutput.RemoveUnfinished();

        Assert.False(Directory.Exists(output.StagingDirectory));
    }
}

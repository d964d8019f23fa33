using System.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary>
/// <c>reportsite build</c> over an earlier output returns once the new site is in place; the old one is
/// deleted by a background process of the tool, which takes the lock that the CLI's own file-locking
/// setting (<c>System.IO.DisableFileLocking</c>) would otherwise make a no-op.
/// </summary>
public class PreviousOutputRemovalTests
{
    [Fact]
    public async Task The_previous_site_is_removed_in_the_background_and_the_new_one_is_in_place()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var parent = Path.GetDirectoryName(site.Output)!;
        await Cli("build", "--input", site.Input, "--output", site.Output);
        File.WriteAllText(Path.Combine(site.Output, "zh", "stale.html"), "only in the previous output");

        var printed = await Cli("build", "--input", site.Input, "--output", site.Output);

        Assert.Contains("Built", printed);
        Assert.False(File.Exists(Path.Combine(site.Output, "zh", "stale.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, ".reportsite-output")));
        var clock = Stopwatch.StartNew();
        while (Directory.GetDirectories(parent, "._site.old-*").Length > 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(50);
        Assert.Empty(Directory.GetDirectories(parent, "._site.*"));
        Assert.Equal(["_site"], Directory.GetDirectories(parent).Select(Path.GetFileName).Where(n => n!.Contains("_site")));
    }

    [Fact]
    public async Task The_removal_command_refuses_a_folder_that_is_not_a_previous_output()
    {
        using var temp = new TempDirectory();
        var precious = temp.Combine("._site.old-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "notes.txt"), "mine"); // no output marker

        await Cli("remove-previous-output", precious);

        Assert.Equal("mine", File.ReadAllText(Path.Combine(precious, "notes.txt")));
    }

    private static async Task<string> Cli(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ReportSite.Cli.dll");
        var (output, error) = await ChildProcess.RunOk(new ProcessStartInfo("dotnet", [cli, .. arguments]), TimeSpan.FromMinutes(2));
        return output + error;
    }
}

using System.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary>
/// Files and folders the build may not read, and folders it may not write (issue 18): each is one
/// error naming it, exit 1, no stack trace, and no second error about the same thing. Permissions do
/// not stop root, so as root the CLI runs in a child process without the two capabilities that
/// override them (<c>setpriv --bounding-set -dac_override,-dac_read_search</c>), as an ordinary user would.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class UnreadableInputTests
{
    private const UnixFileMode NoAccess = UnixFileMode.None;

    private static Dictionary<string, string> SiteLinkingToTheEnglishChapter() => SiteFiles.Minimal()
        .With("reports/r/en/02-next.md", "---\ntitle: Next\n---\n\n## Background\n\nSee [the introduction](01-intro.md).\n")
        .With("reports/r/zh/02-next.md", "---\ntitle: 下一章\n---\n\n## 背景\n\n见[引言](01-intro.md)。\n");

    [Fact]
    public void An_unreadable_chapter_is_one_error_at_it_and_links_to_it_are_not_called_broken()
    {
        using var site = new TestSite(SiteLinkingToTheEnglishChapter());
        Lock(site, "reports/r/en/01-intro.md");

        var (exit, error) = RunIn(site, "build", "--output", site.Output);

        Assert.Equal(1, exit);
        Assert.Equal(["reports/r/en/01-intro.md: error RS0002"], ErrorsIn(error));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_unreadable_image_is_an_error_at_the_image_not_a_failure_to_write_the_output()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Background\n\n![A chart](chart.png)\n"));
        File.WriteAllBytes(Path.Combine(site.Input, "reports/r/en/chart.png"), [0x89, 0x50, 0x4E, 0x47]);
        Lock(site, "reports/r/en/chart.png");

        foreach (var command in new[] { "build", "check" })
        {
            var (exit, error) = RunIn(site, command == "build" ? [command, "--output", site.Output] : [command]);

            Assert.Equal(1, exit);
            Assert.Equal(["reports/r/en/chart.png: error RS0002"], ErrorsIn(error));
        }
    }

    [Fact]
    public void An_unreadable_cover_is_an_error_at_the_cover()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/report.yaml", SiteFiles.ReportYaml + "cover: cover.svg\n"));
        File.WriteAllText(Path.Combine(site.Input, "reports/r/cover.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Lock(site, "reports/r/cover.svg");

        var (exit, error) = RunIn(site, "build", "--output", site.Output);

        Assert.Equal(1, exit);
        Assert.Equal(["reports/r/cover.svg: error RS0002"], ErrorsIn(error));
    }

    [Theory]
    [InlineData("reports/r/en")]
    [InlineData("data")]
    [InlineData("reports")]
    public void An_unreadable_folder_is_one_error_naming_the_folder(string folder)
    {
        using var site = new TestSite(SiteFiles.Minimal().With("data/index.yaml", "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n")
            .With("data/index.csv", "name\n甲\n"));
        Lock(site, folder);

        var (exit, error) = RunIn(site, "check");

        Assert.Equal(1, exit);
        Assert.Contains($"{folder}: error RS0002", ErrorsIn(error));
        Assert.DoesNotContain("RS0007", error);
    }

    [Fact]
    public void An_unreadable_data_file_is_an_error_at_it()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("data/index.yaml", "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n")
            .With("data/index.csv", "name\n甲\n"));
        Lock(site, "data/index.csv");

        var (exit, error) = RunIn(site, "check");

        Assert.Equal(1, exit);
        Assert.Equal(["data/index.csv: error RS0002"], ErrorsIn(error));
    }

    [Fact]
    public void An_unreadable_theme_asset_is_one_error_at_it()
    {
        using var site = TestSite.WithOwnTheme(_ => { });
        Lock(site, "themes/default/assets/css/site.css");

        var (exit, error) = RunIn(site, "build", "--output", site.Output);

        Assert.Equal(1, exit);
        Assert.Equal(["themes/default/assets/css/site.css: error RS0002"], ErrorsIn(error));
    }

    [Fact]
    public void An_output_folder_in_a_folder_we_may_not_write_is_one_error_naming_it()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        using var temp = new TempDirectory();
        var parent = temp.Combine("locked");
        Directory.CreateDirectory(parent);
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var output = Path.Combine(parent, "_site");
        try
        {
            var (exit, error) = RunIn(site, "build", "--output", output);

            Assert.Equal(1, exit);
            Assert.Contains($"{output}: error RS0404", error);
        }
        finally
        {
            File.SetUnixFileMode(parent, (UnixFileMode)0b111_101_101);
        }
    }

    [Fact]
    public void New_into_a_folder_we_may_not_write_is_one_line_and_exit_1()
    {
        using var temp = new TempDirectory();
        var parent = temp.Combine("locked");
        Directory.CreateDirectory(parent);
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var (exit, error) = RunCli("new", Path.Combine(parent, "site"));

            Assert.Equal(1, exit);
            Assert.Single(error.Trim().Split('\n'));
            Assert.Contains(Path.Combine(parent, "site"), error);
        }
        finally
        {
            File.SetUnixFileMode(parent, (UnixFileMode)0b111_101_101);
        }
    }

    /// <summary>Takes every permission off a file or folder of the site (the site's folder is deleted as root afterwards, which permissions do not stop).</summary>
    private static void Lock(TestSite site, string path) => File.SetUnixFileMode(Path.Combine(site.Input, path), NoAccess);

    /// <summary>"file: error RSxxxx" for each error line, the file named from the input folder.</summary>
    private static List<string> ErrorsIn(string stderr) =>
        stderr.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^([^:]+)(?::\d+:\d+)?(: error RS\d{4})"))
            .Where(match => match.Success)
            .Select(match => Path.GetRelativePath("input", match.Groups[1].Value) + match.Groups[2].Value)
            .ToList();

    /// <summary>Runs the CLI in a child process, as an ordinary user would: without the capabilities that let root ignore permissions.</summary>
    private static (int Exit, string Error) RunCli(params string[] args) => RunIn(Path.GetTempPath(), args);

    /// <summary>Runs a site command from the folder that holds the site's input folder, so files are named <c>input/…</c>.</summary>
    private static (int Exit, string Error) RunIn(TestSite site, params string[] args) =>
        RunIn(Path.GetDirectoryName(site.Input)!, [.. args, "--input", Path.GetFileName(site.Input)]);

    private static (int Exit, string Error) RunIn(string workingDirectory, string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ReportSite.Cli.dll");
        var start = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("setpriv", ["--bounding-set", "-dac_override,-dac_read_search", "dotnet", cli, .. args])
            : new ProcessStartInfo("dotnet", [cli, .. args]);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var all = output.Result + error;
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("Exception", all);
        return (process.ExitCode, error);
    }
}

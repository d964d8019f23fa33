using System.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary>
/// Ctrl+C and a CI job's SIGTERM in the middle of <c>reportsite build</c>, sent to the real CLI in a
/// child process: the build stops, its staging folder is removed, the previous site stays as it was,
/// and the exit code is the shell's for that signal.
/// </summary>
public class InterruptedBuildTests
{
    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task A_signal_mid_build_removes_the_staging_folder_and_keeps_the_previous_site(string signal, int expectedExit)
    {
        using var site = ManyChapters(800);
        var first = site.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Take(5)));
        var indexPath = Path.Combine(site.Output, "en", "r", "index.html");
        var previousIndex = File.ReadAllText(indexPath);
        // The next build would change every page: a site put in place would show it.
        File.WriteAllText(Path.Combine(site.Input, "reports", "r", "report.yaml"), "title: {zh: 新标题, en: New Title}\nyear: 2024\n");

        var cli = Path.Combine(AppContext.BaseDirectory, "ReportSite.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "build", "--input", site.Input, "--output", site.Output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        using var build = Process.Start(start)!;
        var output = build.StandardOutput.ReadToEndAsync();
        var error = build.StandardError.ReadToEndAsync();
        var parent = Path.GetDirectoryName(site.Output)!;
        // The staging folder appears once the site is parsed and linked; rendering 1,600 pages follows.
        var clock = Stopwatch.StartNew();
        while (StagingFolders(parent).Length == 0 && !build.HasExited && clock.Elapsed < TimeSpan.FromMinutes(1))
            Thread.Sleep(5);
        Assert.False(build.HasExited, "the build ended before it could be interrupted");
        await Process.Start("kill", ["-s", signal, build.Id.ToString()])!.WaitForExitAsync();

        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await build.WaitForExitAsync(patience.Token);
        var printed = await output + await error;
        Assert.True(expectedExit == build.ExitCode, $"exit code {build.ExitCode}: {printed}");
        Assert.Contains("Build interrupted", printed);
        Assert.DoesNotContain("   at ", printed);
        Assert.Empty(StagingFolders(parent));
        Assert.Equal(previousIndex, File.ReadAllText(indexPath));
        Assert.True(File.Exists(Path.Combine(site.Output, ".reportsite-output")));
    }

    private static string[] StagingFolders(string parent) => Directory.GetDirectories(parent, "._site.staging-*");

    /// <summary>A site of <paramref name="count"/> chapters in each of two languages, each a few sections long.</summary>
    private static TestSite ManyChapters(int count)
    {
        var files = SiteFiles.Minimal();
        for (var i = 2; i <= count; i++)
        {
            files[$"reports/r/zh/{i:0000}-chapter.md"] = $"---\ntitle: 第{i}章\n---\n\n## 背景\n\n{string.Concat(Enumerable.Repeat("数字经济持续发展。", 40))}\n\n## 结论\n\n正文。\n";
            files[$"reports/r/en/{i:0000}-chapter.md"] = $"---\ntitle: Chapter {i}\n---\n\n## Background\n\n{string.Concat(Enumerable.Repeat("The digital economy keeps growing. ", 40))}\n\n## Conclusion\n\nText.\n";
        }
        return new TestSite(files);
    }
}

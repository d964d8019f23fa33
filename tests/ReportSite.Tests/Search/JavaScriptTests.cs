using System.Diagnostics;
using ReportSite.Tests.Build;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>
/// Runs the JavaScript tests (node's built-in test runner, tests/js/) — the tokeniser against the
/// shared case table and the relevance queries against the example site built under a base path.
/// </summary>
public class JavaScriptTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    [Fact]
    public async Task Node_tests_pass_against_the_built_example_site()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add("tests/js/");
        start.Environment["REPORTSITE_SITE"] = site.Output;
        start.Environment["REPORTSITE_BASE"] = ExampleSiteFixture.BasePath;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("Node.js is needed for the search client's tests: install node (v20 or later) and run again.");
            return;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"node --test failed:\n{await output}\n{await error}");
        Assert.Contains("# fail 0", await output);
        Assert.Contains("# skipped 0", await output);
    }
}

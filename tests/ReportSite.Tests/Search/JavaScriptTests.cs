using System.Diagnostics;
using ReportSite.Tests.Build;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

/// <summary>
/// Runs the JavaScript tests (node's built-in test runner, tests/js/) — the tokeniser against the
/// shared case table, the relevance queries against the example site built under a base path, and the
/// relevance set against the real documentation of the fidelity corpus (tests/relevance).
/// </summary>
public class JavaScriptTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    [Fact]
    public async Task Node_tests_pass_against_the_built_example_site()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        // The corpus's real docs link to files it does not ship (its build has errors), so its search
        // index is taken from an in-memory generation, which renders every page anyway.
        using var corpus = new TempDirectory();
        var corpusSite = corpus.Combine("_site");
        var corpusGeneration = Fidelity.FidelityMeasure.Generate(Path.Combine(RepoPaths.Fidelity, "corpus", "input"), new ReportSite.Diagnostics.DiagnosticBag());
        foreach (var file in corpusGeneration.Files.Where(f => f.SitePath.StartsWith("search/", StringComparison.Ordinal)))
        {
            var path = Path.Combine(corpusSite, file.SitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add("tests/js/");
        start.Environment["REPORTSITE_SITE"] = site.Output;
        start.Environment["REPORTSITE_BASE"] = ExampleSiteFixture.BasePath;
        start.Environment["REPORTSITE_CORPUS_SITE"] = corpusSite;
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

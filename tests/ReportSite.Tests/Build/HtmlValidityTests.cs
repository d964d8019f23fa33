using System.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Build;

/// <summary>html-validate (recommended rules, tests/.htmlvalidate.json) over every page of the built example site: zero errors.</summary>
public class HtmlValidityTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    [SkippableFact]
    public async Task Every_page_of_the_example_site_is_valid_html()
    {
        var missing = TestTools.Missing(TestTools.HtmlValidate);
        Skip.If(missing is not null, missing);
        Assert.True(site.Result.Succeeded);
        Assert.True(site.Pages.Count > 40);

        var start = new ProcessStartInfo(TestTools.HtmlValidate)
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "tests"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--max-warnings");
        start.ArgumentList.Add("0");
        start.ArgumentList.Add(site.Output);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"html-validate found problems:\n{await output}\n{await error}");
    }
}

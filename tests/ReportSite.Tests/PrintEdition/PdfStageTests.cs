using ReportSite.Build;
using ReportSite.Cli.Pdf;
using ReportSite.Diagnostics;
using ReportSite.PrintEdition;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.PrintEdition;

/// <summary>
/// The PDF step of <c>build --pdf</c> with printers that need no browser: where the PDFs go, the report
/// index's link to them, and that a failed step leaves the previous output (issue 21).
/// </summary>
public class PdfStageTests
{
    /// <summary>Prints a fixed number of bytes per job, after checking the page it prints is staged.</summary>
    private sealed class FakePrinter(int bytes) : IPdfPrinter
    {
        public List<(string Folder, string BasePath, PdfJob Job, bool PageStaged, bool StylesStaged)> Calls { get; } = [];

        public IReadOnlyList<byte[]>? Print(string siteFolder, string basePath, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, CancellationToken cancel)
        {
            foreach (var job in jobs)
                Calls.Add((siteFolder, basePath, job, File.Exists(Path.Combine(siteFolder, job.PageSitePath, "index.html")),
                    Directory.EnumerateFiles(Path.Combine(siteFolder, "assets", "css"), "print.*.css").Any()));
            return jobs.Select(_ => new byte[bytes]).ToList();
        }
    }

    /// <summary>Fails as a browser that crashed would.</summary>
    private sealed class FailingPrinter : IPdfPrinter
    {
        public IReadOnlyList<byte[]>? Print(string siteFolder, string basePath, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, CancellationToken cancel)
        {
            PdfProblems.PrintFailed(diagnostics, "the browser crashed", "Try again.");
            return null;
        }
    }

    private static BuildResult Build(TestSite site, IPdfPrinter printer, string? baseUrl = null) => new SiteBuilder().Build(new BuildOptions
    {
        InputDirectory = site.Input,
        OutputDirectory = site.Output,
        BaseUrl = baseUrl,
        ThemeSearchPaths = [RepoPaths.Themes],
        PdfPrinter = printer,
    });

    [Fact]
    public void Each_edition_is_printed_from_the_whole_staged_site_to_its_pdf_and_the_report_index_links_it_with_its_size()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var printer = new FakePrinter(2 * 1024 * 1024 + 100_000);
        var result = Build(site, printer, "/base/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["zh/r/print/", "en/r/print/"], printer.Calls.Select(c => c.Job.PageSitePath));
        Assert.Equal(["zh/r/r.pdf", "en/r/r.pdf"], printer.Calls.Select(c => c.Job.PdfSitePath));
        Assert.All(printer.Calls, c => Assert.True(c.PageStaged && c.StylesStaged, "the edition is printed once its page and styles are written"));
        Assert.All(printer.Calls, c => Assert.Equal("/base/", c.BasePath));
        Assert.All(printer.Calls, c => Assert.NotEqual(Path.GetFullPath(site.Output), Path.GetFullPath(c.Folder)));
        Assert.Equal(2 * 1024 * 1024 + 100_000, new FileInfo(Path.Combine(site.Output, "zh/r/r.pdf")).Length);
        var zh = site.Html("zh/r/index.html").QuerySelector("a[href$='.pdf']");
        Assert.Equal("/base/zh/r/r.pdf", zh?.GetAttribute("href"));
        Assert.Equal("PDF，2.1 MB", zh?.TextContent.Trim());
        Assert.Equal("PDF, 2.1 MB", site.Html("en/r/index.html").QuerySelector("a[href$='.pdf']")?.TextContent.Trim());
    }

    [Fact]
    public void A_failed_print_keeps_the_previous_output_whole()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        site.BuildOk();
        var before = File.ReadAllText(Path.Combine(site.Output, "zh/r/index.html"));
        var result = Build(site, new FailingPrinter());
        Assert.False(result.Succeeded);
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("RS0406", error.Code);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "zh/r/index.html")));
        Assert.False(site.Exists("zh/r/r.pdf"));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(Path.GetFullPath(site.Output))!, ".*staging*"));
    }

    [Fact]
    public void Without_a_browser_the_site_is_built_without_pdfs_and_a_warning_says_how_to_install_one()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var result = Build(site, new ChromiumPdfPrinter(BrowserLocator.Find(null, null, "")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RS0405");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("found no browser", warning.Message);
        Assert.Contains("chromium, chromium-browser, google-chrome, google-chrome-stable", warning.Message);
        Assert.Contains("apt-get install chromium fonts-noto-cjk", warning.Hint);
        Assert.Contains("--browser", warning.Hint);
        Assert.True(site.Exists("zh/r/print/index.html"));
        Assert.False(site.Exists("zh/r/r.pdf"));
        Assert.Null(site.Html("zh/r/index.html").QuerySelector("a[href$='.pdf']"));
    }

    [Fact]
    public void A_named_browser_that_is_not_there_is_an_error_and_nothing_is_written()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var result = Build(site, new ChromiumPdfPrinter(BrowserLocator.Find("/no/such/chrome", null, "/usr/bin")));
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("RS0405", error.Code);
        Assert.Contains("'/no/such/chrome'", error.Message);
        Assert.Contains("apt-get install chromium fonts-noto-cjk", error.Hint);
        Assert.False(Directory.Exists(site.Output));
    }
}

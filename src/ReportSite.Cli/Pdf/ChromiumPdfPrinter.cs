using Microsoft.Playwright;
using ReportSite.Diagnostics;
using ReportSite.PrintEdition;

namespace ReportSite.Cli.Pdf;

/// <summary>
/// Prints print editions to PDF with the machine's Chromium or Chrome (<see cref="BrowserLocator"/>),
/// driven headless by Playwright: each page is loaded from the staged site (<see cref="StagedSiteRoutes"/>,
/// no network) and printed with the page size, margins, running header and page numbers of its
/// stylesheet's <c>@page</c> rules.
/// </summary>
public sealed class ChromiumPdfPrinter(BrowserLocator.Found browser) : IPdfPrinter
{
    /// <summary>How long one page may take to load or print (a big report on a slow runner).</summary>
    private const float PageTimeoutMs = 180_000;

    /// <summary>The advice given when no browser is found.</summary>
    public const string InstallHint =
        "Install Chromium and CJK fonts (Debian, Ubuntu: sudo apt-get install chromium fonts-noto-cjk), or name a Chromium or Chrome with --browser PATH or " +
        BrowserLocator.Variable + "=PATH. Without --pdf the build needs no browser.";

    public IReadOnlyList<byte[]>? Print(string siteFolder, string basePath, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        if (browser.Path is null)
        {
            if (browser.Named is { } named)
                PdfProblems.NamedBrowserMissing(diagnostics,
                    $"build --pdf: the browser '{named}' (from --browser or {BrowserLocator.Variable}) is not a program on this machine; nothing was built.", InstallHint);
            else
                PdfProblems.NoBrowser(diagnostics,
                    $"build --pdf found no browser to print the PDFs with (looked for --browser, {BrowserLocator.Variable}, then {string.Join(", ", BrowserLocator.Names)} on the PATH); the site was built without PDFs.",
                    InstallHint);
            return null;
        }
        try
        {
            return PrintAll(browser.Path, new StagedSiteRoutes(siteFolder, basePath), jobs, cancel).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !cancel.IsCancellationRequested)
        {
            PdfProblems.PrintFailed(diagnostics,
                $"build --pdf could not print with '{browser.Path}': {FirstLine(ex.Message)}; the previous output was kept.",
                "Check that the browser starts (run it with --version) and that CJK fonts are installed; " + InstallHint);
            return null;
        }
    }

    private static async Task<IReadOnlyList<byte[]>> PrintAll(string executable, StagedSiteRoutes routes, IReadOnlyList<PdfJob> jobs, CancellationToken cancel)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Timeout = PageTimeoutMs,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block });
        await context.RouteAsync("**/*", routes.Answer);
        var pdfs = new List<byte[]>(jobs.Count);
        foreach (var job in jobs)
        {
            cancel.ThrowIfCancellationRequested();
            pdfs.Add(PdfMetadata.WithoutClock(await PrintOne(context, routes, job)));
        }
        return pdfs;
    }

    private static async Task<byte[]> PrintOne(IBrowserContext context, StagedSiteRoutes routes, PdfJob job)
    {
        var page = await context.NewPageAsync();
        try
        {
            page.SetDefaultTimeout(PageTimeoutMs);
            var response = await page.GotoAsync(routes.UrlOf(job.PageSitePath), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response is not { Ok: true }) throw new PlaywrightException($"/{job.PageSitePath} did not load ({response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"})");
            // Fonts load after the load event when the text first needs them: print once every glyph is there.
            await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
            return await page.PdfAsync(new PagePdfOptions
            {
                PreferCSSPageSize = true,
                DisplayHeaderFooter = false,
                PrintBackground = true,
                Outline = true,
                Tagged = true,
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}

using Microsoft.Playwright;
using ReportSite.Build;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Browser;

/// <summary>
/// The example site built under <c>/report-site/</c>, served on loopback, and Debian's Chromium driven
/// by Playwright. Without Chromium the browser tests are skipped with the reason — unless CI=true,
/// where a missing browser is a failure.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string BasePath = "/report-site/";
    public const string RepoUrl = "https://github.com/example/report-site";
    private readonly TempDirectory _temp = new();
    private IPlaywright? _playwright;

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    public IBrowser Browser { get; private set; } = null!;
    public StaticSiteServer Server { get; private set; } = null!;
    public string Output => _temp.Combine("_site");

    /// <summary>Where screenshots go: a git-ignored folder to look at after a run.</summary>
    public static string Screenshots => Path.Combine(RepoPaths.Root, "tests", "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var result = new SiteBuilder().Build(new BuildOptions
        {
            InputDirectory = RepoPaths.ExampleInput,
            OutputDirectory = Output,
            BaseUrl = BasePath,
            ThemeSearchPaths = [RepoPaths.Themes],
            // As the Pages workflow builds it: every chapter and page links to its source for editing.
            RepoUrl = RepoUrl,
        });
        if (!result.Succeeded) throw new InvalidOperationException("The example site did not build:\n" + string.Join("\n", result.Diagnostics));
        Server = new StaticSiteServer(Output, BasePath);

        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium).";
            if (OnCi) throw new InvalidOperationException($"CI=true but {Unavailable}");
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        Server?.Dispose();
        _temp.Dispose();
    }

    /// <summary>
    /// A fresh page (new context: no cache, no storage) that records console errors and failed
    /// requests. <paramref name="bypassCsp"/> lets a test inject its own script (axe-core) past the
    /// theme's Content-Security-Policy, which rightly refuses it.
    /// </summary>
    public async Task<WatchedPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = false, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Server.BaseUrl,
            BypassCSP = bypassCsp,
            Locale = locale,
        });
        return new WatchedPage(context, await context.NewPageAsync());
    }
}

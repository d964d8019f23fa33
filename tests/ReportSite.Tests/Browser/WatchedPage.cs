using Microsoft.Playwright;

namespace ReportSite.Tests.Browser;

/// <summary>A browser page that collects console errors, script errors and failed requests, for the test to assert none happened.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    public WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(_expectedNotFound is { } missing && message.Location.Contains(missing)))
                Add($"console error on {page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => Add($"script error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !(_expectedNotFound is { } missing && response.Url.Contains(missing))) Add($"HTTP {response.Status}: {response.Url}");
        };
    }

    public IPage Page { get; }

    private string? _expectedNotFound;

    /// <summary>Visiting an unknown address on purpose: its 404 (and the browser's note of it) is not a problem.</summary>
    public void ExpectNotFound(string address) => _expectedNotFound = address;

    /// <summary>Site-relative URL of the current page, e.g. <c>en/world-internet-2024/overview/#sec-2</c>.</summary>
    public string Path(string baseUrl) => Uri.UnescapeDataString(Page.Url.StartsWith(baseUrl) ? Page.Url[baseUrl.Length..] : Page.Url);

    public void AssertNoProblems() => Assert.True(_problems.Count == 0, string.Join("\n", _problems));

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

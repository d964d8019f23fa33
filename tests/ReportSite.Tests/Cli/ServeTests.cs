using System.Net;
using System.Text.Json;
using ReportSite.Build;
using ReportSite.Cli.Serve;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary><c>reportsite serve</c> end to end: a temp copy of a site, served on a free loopback port, edited while a client listens.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private readonly TestSite _site = new(SiteFiles.Minimal()
        .With("reports/r/zh/02-data.md", "---\ntitle: 数据\n---\n\n## 数据要素\n\n原来的正文。\n")
        .With("reports/r/en/02-data.md", "---\ntitle: Data\n---\n\n## Data factors\n\nThe original text.\n"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewServer _server = null!;
    private readonly List<string> _log = [];

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new BuildOptions
        {
            InputDirectory = _site.Input,
            OutputDirectory = "",
            BaseUrl = "/preview/",
            ThemeSearchPaths = [RepoPaths.Themes],
        }, "127.0.0.1", 0, message => { lock (_log) _log.Add(message); }, ["preview.example.org"]);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private Task<HttpResponseMessage> Get(string path) => _http.GetAsync(_server.Url + path);

    private void Edit(string path, Func<string, string> change)
    {
        var full = Path.Combine(_site.Input, path);
        File.WriteAllText(full, change(File.ReadAllText(full)));
    }

    [Fact]
    public async Task Serves_pages_under_the_base_path_with_utf8_and_the_live_script_on_loopback()
    {
        Assert.StartsWith("http://127.0.0.1:", _server.Url);
        Assert.EndsWith("/preview/", _server.Url);
        var response = await Get("zh/r/data/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("原来的正文", html);
        Assert.Contains("/preview/__reportsite/live.js", html);
        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "href=\"/preview/(assets/css/site\\.[0-9a-f]+\\.css)\"").Groups[1].Value;
        var css = await Get(stylesheet);
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        var missing = await Get("zh/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("not-found", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_range_request_gets_those_bytes_of_the_file_as_the_search_asks_for_its_text_packs()
    {
        var manifest = System.Text.Json.JsonDocument.Parse(await (await Get("search/zh/manifest.json")).Content.ReadAsStringAsync()).RootElement;
        var pack = "search/zh/" + manifest.GetProperty("base").GetString() + "t/0.bin";
        var whole = await (await Get(pack)).Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Url + pack);
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 7);
        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 0-7/{whole.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(whole[..8], await response.Content.ReadAsByteArrayAsync());
        using var past = new HttpRequestMessage(HttpMethod.Get, _server.Url + pack);
        past.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(whole.Length, null);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, (await _http.SendAsync(past)).StatusCode);
    }

    [Fact]
    public async Task Editing_a_chapter_sends_a_reload_and_serves_the_new_text()
    {
        await using var events = await EventStream.OpenAsync(_http, _server.Url);
        var initial = await events.NextAsync();
        Edit("reports/r/zh/02-data.md", text => text.Replace("原来的正文", "修改后的正文"));
        var next = await events.NextAsync(s => s.Version > initial.Version);
        Assert.False(next.Errors);
        var html = await (await Get("zh/r/data/")).Content.ReadAsStringAsync();
        Assert.Contains("修改后的正文", html);
        Assert.DoesNotContain("原来的正文", html);
    }

    [Fact]
    public async Task A_title_change_updates_the_report_index_and_the_sidebar_of_other_chapters()
    {
        await using var events = await EventStream.OpenAsync(_http, _server.Url);
        var initial = await events.NextAsync();
        Edit("reports/r/en/02-data.md", text => text.Replace("title: Data", "title: Data and Factors"));
        await events.NextAsync(s => s.Version > initial.Version);
        Assert.Contains("Data and Factors", await (await Get("en/r/")).Content.ReadAsStringAsync());
        Assert.Contains("Data and Factors", await (await Get("en/r/intro/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_front_matter_error_shows_in_the_overlay_and_fixing_it_clears_it()
    {
        await using var events = await EventStream.OpenAsync(_http, _server.Url);
        var initial = await events.NextAsync();
        Edit("reports/r/zh/02-data.md", text => text.Replace("title: 数据", "title: 数据\norder: abc"));
        var broken = await events.NextAsync(s => s.Errors);
        Assert.True(broken.Version > initial.Version);

        using var diagnostics = JsonDocument.Parse(await (await Get("__reportsite/diagnostics")).Content.ReadAsStringAsync());
        var error = diagnostics.RootElement.EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal("RS0102", error.GetProperty("code").GetString());
        Assert.EndsWith("reports/r/zh/02-data.md:3:8", error.GetProperty("location").GetString());
        // The last good page is still served, with the script that shows the overlay.
        var html = await (await Get("zh/r/data/")).Content.ReadAsStringAsync();
        Assert.Contains("原来的正文", html);
        Assert.Contains("__reportsite/live.js", html);

        Edit("reports/r/zh/02-data.md", text => text.Replace("order: abc\n", "").Replace("原来的正文", "修好了"));
        var fixedState = await events.NextAsync(s => !s.Errors);
        Assert.True(fixedState.Version > broken.Version);
        Assert.Contains("修好了", await (await Get("zh/r/data/")).Content.ReadAsStringAsync());
        Assert.Equal("[]", (await (await Get("__reportsite/diagnostics")).Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Requests_during_a_rebuild_all_get_complete_pages()
    {
        await using var events = await EventStream.OpenAsync(_http, _server.Url);
        var initial = await events.NextAsync();
        string[] pages = ["zh/", "en/", "zh/r/", "en/r/intro/", "zh/r/data/"];
        // A change to site.yaml needs a full build; keep asking for pages while it runs.
        Edit("site.yaml", text => text.Replace("Test Site", "Test Site Rebuilt"));
        var requests = Enumerable.Range(0, 50).Select(async i =>
        {
            await Task.Delay(i * 4);
            var response = await Get(pages[i % pages.Length]);
            return (response.StatusCode, Html: await response.Content.ReadAsStringAsync());
        }).ToList();
        var results = await Task.WhenAll(requests);
        Assert.All(results, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.StartsWith("<!DOCTYPE html>", r.Html);
            Assert.EndsWith("</html>\n", r.Html);
        });
        Assert.False((await events.NextAsync(s => s.Version > initial.Version)).Errors);
        Assert.Contains("Test Site Rebuilt", await (await Get("en/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_language_without_theme_strings_fails_the_build_and_fixing_it_rebuilds()
    {
        await using var events = await EventStream.OpenAsync(_http, _server.Url);
        var initial = await events.NextAsync();
        Edit("site.yaml", text => text.Replace("languages: [zh, en]", "languages: [zh, en, fr]"));
        var broken = await events.NextAsync(s => s.Errors);
        Assert.True(broken.Version > initial.Version);
        using (var diagnostics = JsonDocument.Parse(await (await Get("__reportsite/diagnostics")).Content.ReadAsStringAsync()))
        {
            var error = Assert.Single(diagnostics.RootElement.EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
            Assert.Equal("RS0106", error.GetProperty("code").GetString());
            Assert.EndsWith("site.yaml:2:1", error.GetProperty("location").GetString());
        }
        Assert.Contains(Logged(), line => line.Contains("error RS0106", StringComparison.Ordinal));

        // The watcher still runs: the fix (with a change to see) is built and served.
        Edit("site.yaml", text => text.Replace("languages: [zh, en, fr]", "languages: [zh, en]").Replace("Test Site", "Fixed Site"));
        var fixedState = await events.NextAsync(s => !s.Errors);
        Assert.True(fixedState.Version > broken.Version);
        Assert.Contains("Fixed Site", await (await Get("en/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Replacing_the_input_folder_is_watched_and_built_again()
    {
        await using var events = await EventStream.OpenAsync(_http, _server.Url);
        var copy = _site.Input + ".new";
        CopyFolder(_site.Input, copy);
        File.WriteAllText(Path.Combine(copy, "reports/r/zh/02-data.md"), "---\ntitle: 数据\n---\n\n## 数据要素\n\n替换后的正文。\n");
        Directory.Delete(_site.Input, recursive: true);
        Directory.Move(copy, _site.Input);
        await WaitFor(async () => (await (await Get("zh/r/data/")).Content.ReadAsStringAsync()).Contains("替换后的正文", StringComparison.Ordinal));

        // And edits inside the new folder are seen too.
        var before = await events.NextAsync();
        Edit("reports/r/zh/02-data.md", text => text.Replace("替换后的正文", "再次修改的正文"));
        await events.NextAsync(s => s.Version > before.Version);
        await WaitFor(async () => (await (await Get("zh/r/data/")).Content.ReadAsStringAsync()).Contains("再次修改的正文", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_rebuild_prints_the_warnings_it_newly_finds()
    {
        await using var events = await EventStream.OpenAsync(_http, _server.Url);
        Edit("reports/r/en/02-data.md", text => text.Replace("title: Data", "title: Data\nsummery: A typo"));
        await WaitFor(() => Task.FromResult(Logged().Any(line => line.Contains("warning RS0104", StringComparison.Ordinal))));
        var warning = Logged().Single(line => line.Contains("warning RS0104", StringComparison.Ordinal));
        Assert.Contains("reports/r/en/02-data.md:3:1", warning);
        Assert.False((await events.NextAsync()).Errors);
    }

    private async Task<HttpResponseMessage> GetWithHost(string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Url + path);
        request.Headers.Host = host.Replace("PORT", new Uri(_server.Url).Port.ToString(), StringComparison.Ordinal);
        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:PORT")]
    [InlineData("localhost.evil.example:PORT")]
    [InlineData("127.0.0.1.nip.io:PORT")]
    [InlineData("preview.example.org.evil.example")]
    public async Task Requests_for_other_host_names_get_403_with_a_one_line_reason(string host)
    {
        foreach (var path in new[] { "zh/r/data/", "__reportsite/events", "__reportsite/diagnostics", "__reportsite/live.js", "no-such-page" })
        {
            using var response = await GetWithHost(host, path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            var reason = await response.Content.ReadAsStringAsync();
            Assert.Single(reason.TrimEnd('\n').Split('\n'));
            Assert.Contains("--allowed-host " + host.Split(':')[0], reason);
            Assert.DoesNotContain("原来的正文", reason);
        }
    }

    [Theory]
    [InlineData("localhost:PORT")]
    [InlineData("LocalHost:PORT")]
    [InlineData("site.localhost:PORT")]
    [InlineData("127.0.0.1:PORT")]
    [InlineData("127.5.6.7:PORT")]
    [InlineData("[::1]:PORT")]
    [InlineData("preview.example.org")]
    [InlineData("Preview.Example.Org:PORT")]
    public async Task Loopback_names_addresses_and_allowed_hosts_are_served(string host)
    {
        using var page = await GetWithHost(host, "zh/r/data/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("原来的正文", await page.Content.ReadAsStringAsync());
        using var events = await GetWithHost(host, "__reportsite/events");
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
    }

    private string[] Logged()
    {
        lock (_log) return [.. _log];
    }

    private static async Task WaitFor(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the preview did not get there within 20 s");
            await Task.Delay(100);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task The_build_command_never_writes_the_live_script()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded);
        foreach (var page in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("__reportsite", await File.ReadAllTextAsync(page));
    }
}

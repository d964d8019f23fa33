using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ReportSite.Build;
using ReportSite.Templating;
using ReportSite.Linking;
using ReportSite.Output;

namespace ReportSite.Cli.Serve;

/// <summary>
/// <c>reportsite serve</c>'s web server (Kestrel): serves the preview's last good build from memory
/// under the base path, injects the live-reload script into HTML, streams rebuild events
/// (Server-Sent Events) and the current diagnostics. Unknown paths get 404.html with status 404.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string Internal = "__reportsite/";
    private static readonly byte[] LiveScript = ReadLiveScript();

    private readonly PreviewSite _site;
    private readonly SiteWatcher _watcher;
    private readonly WebApplication _app;
    private readonly string _basePath;
    private readonly AllowedHosts _allowedHosts;
    private readonly List<Channel<PreviewState>> _listeners = [];

    private PreviewServer(PreviewSite site, SiteWatcher watcher, WebApplication app, string basePath, AllowedHosts allowedHosts)
    {
        _allowedHosts = allowedHosts;
        _site = site;
        _watcher = watcher;
        _app = app;
        _basePath = basePath;
        site.Changed += Broadcast;
    }

    /// <summary>The address of the site, base path included.</summary>
    public string Url { get; private set; } = "";

    public PreviewSite Site => _site;

    /// <summary>
    /// Builds the site, starts watching it and listens on <paramref name="host"/>:<paramref name="port"/> (0 picks a free port),
    /// answering requests for loopback names, <paramref name="host"/> and <paramref name="allowedHosts"/> only.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(BuildOptions options, string host, int port, Action<string> log, IReadOnlyList<string>? allowedHosts = null)
    {
        // Refuse a bad address or port before the (possibly long) first build.
        if (port is < 0 or > IPEndPoint.MaxPort)
            throw new PreviewStartException($"--port {port} is out of range: give a port from 1 to {IPEndPoint.MaxPort}, or 0 to pick a free one.");
        var addresses = await ListenAddresses.ResolveAsync(host);
        // One port for every address of a name (localhost: 127.0.0.1 and ::1), also when it is picked.
        if (port == 0 && addresses.Count > 1) port = FreePort(addresses[0]);

        var site = new PreviewSite(options, log);
        site.Start();
        var generation = site.Snapshot?.Generation;
        var basePath = new UrlBuilder(options.BaseUrl ?? "/").BasePath;
        if (options.BaseUrl is null && TryReadBaseUrl(options, out var configured)) basePath = new UrlBuilder(configured).BasePath;
        // Watch the theme even when the first build failed, so fixing a broken theme rebuilds the site.
        var watcher = new SiteWatcher(options.InputDirectory, generation?.Theme.Directory ?? FindTheme(options), site.Notify);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var address in addresses) kestrel.Listen(address, port);
        });
        var app = builder.Build();
        var server = new PreviewServer(site, watcher, app, basePath, new AllowedHosts([host, .. allowedHosts ?? []]));
        app.Run(server.Handle);
        try
        {
            await app.StartAsync();
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            await server.DisposeAsync();
            throw ListenFailure.Explain(ex, host, port);
        }
        var bound = new Uri(app.Urls.First()).Port;
        var shown = IPAddress.TryParse(host.Trim('[', ']'), out _) ? ListenAddresses.ForUrl(addresses[0]) : host;
        server.Url = $"http://{shown}:{bound}{basePath}";
        server.Addresses = addresses;
        return server;
    }

    /// <summary>The addresses the preview listens on.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; private set; } = [];

    private static int FreePort(IPAddress address)
    {
        var probe = new TcpListener(address, 0);
        try
        {
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        catch (SocketException ex)
        {
            throw ListenFailure.Explain(ex, address.ToString(), 0);
        }
        finally
        {
            probe.Stop();
        }
    }

    private static string? FindTheme(BuildOptions options)
    {
        var ignored = new ReportSite.Diagnostics.DiagnosticBag();
        var config = ReportSite.Configuration.SiteConfigLoader.Load(options.InputDirectory, ignored);
        return ThemeLocator.Find(config?.Theme ?? "default", Path.GetFullPath(options.InputDirectory), options.ThemeSearchPaths, ignored)?[0];
    }

    private static bool TryReadBaseUrl(BuildOptions options, out string baseUrl)
    {
        var config = ReportSite.Configuration.SiteConfigLoader.Load(options.InputDirectory, new ReportSite.Diagnostics.DiagnosticBag());
        baseUrl = config?.BaseUrl ?? "/";
        return config is not null;
    }

    private async Task Handle(HttpContext context)
    {
        // Before anything else, the live-reload events and diagnostics included.
        if (!_allowedHosts.Allows(context.Request.Host.Host))
        {
            context.Response.StatusCode = 403;
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(AllowedHosts.RefusalFor(context.Request.Host.Host));
            return;
        }
        var path = context.Request.Path.Value ?? "/";
        if (path + "/" == _basePath)
        {
            context.Response.Redirect(_basePath);
            return;
        }
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            await NotFound(context);
            return;
        }
        var relative = path[_basePath.Length..];
        switch (relative)
        {
            case Internal + "events": await Events(context); return;
            case Internal + "live.js": await Send(context, LiveScript, "text/javascript; charset=utf-8", 200); return;
            case Internal + "diagnostics": await Diagnostics(context); return;
        }

        var snapshot = _site.Snapshot;
        if (snapshot is null)
        {
            context.Response.StatusCode = 503;
            await context.Response.WriteAsync("The site has not built yet: see the errors in the terminal.");
            return;
        }
        var file = UrlBuilder.OutputFile(relative);
        if (snapshot.Files.TryGetValue(file, out var content))
        {
            await Send(context, content, ContentTypes.For(file), 200);
            return;
        }
        if (snapshot.Files.ContainsKey(relative + "/index.html"))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
            return;
        }
        await NotFound(context);
    }

    private async Task NotFound(HttpContext context)
    {
        if (_site.Snapshot?.Files.TryGetValue(UrlBuilder.NotFoundPath, out var page) == true)
            await Send(context, page, "text/html; charset=utf-8", 404);
        else
            context.Response.StatusCode = 404;
    }

    private async Task Send(HttpContext context, byte[] content, string contentType, int status)
    {
        if (contentType.StartsWith("text/html", StringComparison.Ordinal)) content = WithLiveScript(content);
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        // Ranges, as GitHub Pages answers them: the search reads its text packs a record at a time.
        var (range, unsatisfiable) = status == 200 ? ByteRange.For(context.Request.Headers.Range, content.Length) : (null, false);
        context.Response.Headers.AcceptRanges = "bytes";
        if (unsatisfiable)
        {
            context.Response.StatusCode = 416;
            context.Response.Headers.ContentRange = $"bytes */{content.Length}";
            return;
        }
        var body = range is { } part ? content.AsMemory((int)part.Start, (int)part.Length) : content;
        context.Response.StatusCode = range is null ? status : 206;
        if (range is { } sent) context.Response.Headers.ContentRange = sent.ContentRange(content.Length);
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Adds the live-reload script before <c>&lt;/body&gt;</c>: only the preview serves it.</summary>
    private byte[] WithLiveScript(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.Ordinal);
        if (end < 0) return html;
        return Encoding.UTF8.GetBytes(text[..end] + $"<script src=\"{_basePath}{Internal}live.js\" defer></script>\n" + text[end..]);
    }

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<PreviewState>();
        lock (_listeners) _listeners.Add(channel);
        try
        {
            await context.Response.WriteAsync("retry: 1000\n\n", context.RequestAborted);
            await WriteState(context, _site.State);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                // A comment every 15 s keeps the connection from being timed out by clients and proxies.
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                quiet.CancelAfter(TimeSpan.FromSeconds(15));
                try
                {
                    await WriteState(context, await channel.Reader.ReadAsync(quiet.Token));
                }
                catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.WriteAsync(": ping\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
        }
        catch (OperationCanceledException) { /* the page closed */ }
        finally
        {
            lock (_listeners) _listeners.Remove(channel);
        }
    }

    private static async Task WriteState(HttpContext context, PreviewState state)
    {
        var json = JsonSerializer.Serialize(new { version = state.Version, errors = state.HasErrors });
        await context.Response.WriteAsync($"event: state\ndata: {json}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private void Broadcast(PreviewState state)
    {
        lock (_listeners)
            foreach (var listener in _listeners) listener.Writer.TryWrite(state);
    }

    private async Task Diagnostics(HttpContext context)
    {
        var input = Path.GetFullPath(_site.InputDirectory);
        var list = _site.Diagnostics.Select(d => new
        {
            location = d.Line > 0 ? $"{DiagnosticPrinter.DisplayPath(input, d.File)}:{d.Line}:{Math.Max(d.Column, 1)}" : DiagnosticPrinter.DisplayPath(input, d.File),
            severity = d.Severity == ReportSite.Diagnostics.Severity.Error ? "error" : "warning",
            code = d.Code,
            message = d.Message,
            hint = d.Hint,
        });
        await Send(context, JsonSerializer.SerializeToUtf8Bytes(list), "application/json; charset=utf-8", 200);
    }

    private static byte[] ReadLiveScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("ReportSite.Cli.Serve.live.js")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        lock (_listeners)
            foreach (var listener in _listeners) listener.Writer.TryComplete();
        _watcher.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _site.DisposeAsync();
    }
}

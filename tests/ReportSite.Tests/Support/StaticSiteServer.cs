using System.Net;
using System.Net.Sockets;
using ReportSite.Cli.Serve;

namespace ReportSite.Tests.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 under a base path, as GitHub Pages serves a project site:
/// directory URLs get index.html, unknown paths get 404.html with status 404.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;

    public StaticSiteServer(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{basePath}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    /// <summary>The site's address, base path included, e.g. <c>http://127.0.0.1:5123/report-site/</c>.</summary>
    public string BaseUrl { get; }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(_basePath, StringComparison.Ordinal) ? Resolve(path[_basePath.Length..]) : null;
        var status = 200;
        if (file is null)
        {
            file = Path.Combine(_root, "404.html");
            status = 404;
        }
        var content = File.ReadAllBytes(file);
        response.ContentType = ContentTypes.For(file);
        // Ranges, as GitHub Pages answers them (the search reads its text packs a record at a time).
        var (range, unsatisfiable) = status == 200 ? ByteRange.For(context.Request.Headers["Range"], content.Length) : (null, false);
        if (unsatisfiable)
        {
            response.StatusCode = 416;
            response.AddHeader("Content-Range", $"bytes */{content.Length}");
            return;
        }
        var body = range is { } part ? content.AsSpan((int)part.Start, (int)part.Length) : content;
        response.StatusCode = range is null ? status : 206;
        if (range is { } sent) response.AddHeader("Content-Range", sent.ContentRange(content.Length));
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }

    /// <summary>The file for a path below the base, or null; never a file outside the site.</summary>
    private string? Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative.TrimStart('/')));
        if (!full.StartsWith(_root, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { /* stopping */ }
    }
}

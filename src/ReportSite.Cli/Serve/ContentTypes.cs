using ReportSite.Output;
namespace ReportSite.Cli.Serve;

/// <summary>The Content-Type a generated file is served with (by <c>serve</c>, and to the browser <c>build --pdf</c> prints with), text in UTF-8.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".pdf"] = "application/pdf",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".bin"] = "application/octet-stream",
    };

    public static string For(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
}

using System.Text;
using ReportSite.Linking;
using System.Xml;

namespace ReportSite.Output;

/// <summary>
/// <c>sitemap.xml</c> listing every indexable page with its language versions as
/// <c>xhtml:link rel="alternate" hreflang</c> (x-default included) and, for chapters and pages, the day
/// their source last changed (<c>lastmod</c>), and <c>robots.txt</c> pointing
/// at it. Search engines need absolute URLs: with a base URL that has no host, the sitemap lists
/// site-absolute paths and robots.txt says to set one.
/// </summary>
internal static class Sitemap
{

    public static OutputFile Write(IEnumerable<RenderedPage> pages)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            xml.WriteAttributeString("xmlns", "xhtml", null, "http://www.w3.org/1999/xhtml");
            foreach (var page in pages.Where(p => p.Indexable).OrderBy(p => p.SitePath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", page.CanonicalUrl);
                if (page.LastModified is { } changed) xml.WriteElementString("lastmod", changed);
                foreach (var (hreflang, href) in page.Alternates ?? [])
                {
                    xml.WriteStartElement("link", "http://www.w3.org/1999/xhtml");
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", hreflang);
                    xml.WriteAttributeString("href", href);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(UrlBuilder.SitemapPath, stream.ToArray());
    }

    /// <param name="sitemapUrl">The sitemap's URL: absolute when the base URL has a host.</param>
    public static OutputFile Robots(string sitemapUrl)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        text.Append(sitemapUrl.StartsWith("http", StringComparison.Ordinal)
            ? $"Sitemap: {sitemapUrl}\n"
            : $"# Sitemap: set base_url in site.yaml to the site's absolute URL to list {sitemapUrl} here.\n");
        return new OutputFile(UrlBuilder.RobotsPath, Encoding.UTF8.GetBytes(text.ToString()));
    }

    internal static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };
}

using System.Globalization;
using System.Xml;
using ReportSite.Content;
using ReportSite.Linking;

namespace ReportSite.Output;

/// <summary>
/// An Atom feed per language (<c>&lt;lang&gt;/feed.xml</c>) of the reports and their chapters, newest
/// first. Dates come from report.yaml (<c>released</c>) and front matter (<c>date</c>), never from
/// the clock, so two builds of the same input give the same feed.
/// </summary>
internal static class AtomFeed
{
    private sealed record Entry(string Title, string Summary, string Url, DateOnly Date);

    public static OutputFile Write(LinkedSite site, string language)
    {
        var fallback = site.Config.DefaultLanguage;
        var entries = new List<Entry>();
        foreach (var report in site.Reports)
        {
            var released = report.Config.Released ?? new DateOnly(report.Config.Year ?? 2000, 1, 1);
            entries.Add(new Entry(report.Config.Title.Get(language, fallback), report.Config.Summary.Get(language, fallback),
                site.Urls.Absolute(UrlBuilder.ReportPath(language, report.Id)), released));
            entries.AddRange(report.Chapters(language).Select(c => new Entry(
                c.Title, c.Document.Source.FrontMatter.Summary ?? "", site.Urls.Absolute(c.SitePath),
                c.Document.Source.FrontMatter.Date ?? released)));
        }
        entries = entries.OrderByDescending(e => e.Date).ThenBy(e => e.Url, StringComparer.Ordinal).ToList();
        var feedUrl = site.Urls.Absolute(UrlBuilder.FeedPath(language));

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Sitemap.Settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("title", atom, XmlText(site.Config.Title.Get(language, fallback)));
            var subtitle = site.Config.Description.Get(language, fallback);
            if (subtitle.Length > 0) xml.WriteElementString("subtitle", atom, XmlText(subtitle));
            xml.WriteElementString("id", atom, Id(feedUrl));
            Link(xml, "self", feedUrl);
            Link(xml, "alternate", site.Urls.Absolute(UrlBuilder.HomePath(language)));
            xml.WriteElementString("updated", atom, Timestamp(entries.Count > 0 ? entries[0].Date : new DateOnly(2000, 1, 1)));
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, XmlText(site.Config.Title.Get(language, fallback)));
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, XmlText(entry.Title));
                xml.WriteElementString("id", atom, Id(entry.Url));
                Link(xml, "alternate", entry.Url);
                xml.WriteElementString("updated", atom, Timestamp(entry.Date));
                if (entry.Summary.Length > 0) xml.WriteElementString("summary", atom, XmlText(entry.Summary));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(UrlBuilder.FeedPath(language), stream.ToArray());
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Atom ids must be absolute IRIs: the URL when it has a host, else a stable URN of the path.</summary>
    private static string Id(string url) => url.StartsWith("http", StringComparison.Ordinal) ? url : "urn:reportsite:" + url.TrimStart('/');

    private static string Timestamp(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Text without the characters XML cannot hold (NUL and other control characters, lone
    /// surrogates), which a title may carry and HTML tolerates; XmlWriter would throw on them
    /// (found by the property tests).
    /// </summary>
    internal static string XmlText(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) kept.Append(text[i]).Append(text[++i]);
            else if (System.Xml.XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
        }
        return kept.Length == text.Length ? text : kept.ToString();
    }
}

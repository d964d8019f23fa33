using System.Text.Json;
using System.Text.Json.Nodes;
using ReportSite.Linking;

namespace ReportSite.Templating.Views;

/// <summary>
/// schema.org JSON-LD for reports and chapters, so search engines know what the page is, in which
/// language, and where its translations are (<c>workTranslation</c>).
/// </summary>
internal static class StructuredData
{
    /// <summary>A report index's JSON-LD; <paramref name="series"/> names the series it is an edition of (site.yaml's <c>series</c>), or is null.</summary>
    public static string Report(ReportView report, string htmlLang, string canonicalUrl, string? imageUrl, string? releasedIso,
        IEnumerable<(string HtmlLang, string Url)> translations, Func<string, string> absolute, string? series = null)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Report",
            ["name"] = report.Title,
            ["inLanguage"] = htmlLang,
            ["url"] = canonicalUrl,
        };
        if (report.Summary.Length > 0) json["description"] = report.Summary;
        if (releasedIso is not null) json["datePublished"] = releasedIso;
        if (report.Publisher.Length > 0) json["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = report.Publisher };
        if (imageUrl is not null) json["image"] = imageUrl;
        if (series is not null) json["isPartOf"] = new JsonObject { ["@type"] = "CreativeWorkSeries", ["name"] = series };
        json["workTranslation"] = Translations("Report", translations);
        json["hasPart"] = new JsonArray(report.Chapters.Select(c => (JsonNode)new JsonObject
        {
            ["@type"] = "Chapter",
            ["position"] = c.Number,
            ["name"] = c.Title,
            ["url"] = absolute(c.Url),
        }).ToArray());
        return Serialize(json);
    }

    public static string Chapter(ChapterView chapter, string htmlLang, string canonicalUrl, string reportUrl,
        IEnumerable<(string HtmlLang, string Url)> translations)
    {
        var article = chapter.Article;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Chapter",
            ["name"] = article.Title,
            ["position"] = chapter.Number,
            ["inLanguage"] = htmlLang,
            ["url"] = canonicalUrl,
        };
        if (article.Summary.Length > 0) json["description"] = article.Summary;
        if (article.DateIso is not null) json["datePublished"] = article.DateIso;
        if (article.Authors.Count > 0) json["author"] = new JsonArray(article.Authors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a }).ToArray());
        if (article.Keywords.Count > 0) json["keywords"] = string.Join(", ", article.Keywords);
        json["isPartOf"] = new JsonObject { ["@type"] = "Report", ["name"] = chapter.Report.Title, ["url"] = reportUrl };
        json["workTranslation"] = Translations("Chapter", translations);
        return Serialize(json);
    }

    private static JsonArray Translations(string type, IEnumerable<(string HtmlLang, string Url)> translations) =>
        new(translations.Select(t => (JsonNode)new JsonObject { ["@type"] = type, ["inLanguage"] = t.HtmlLang, ["url"] = t.Url }).ToArray());

    // The default encoder escapes '<', '>' and '&', so the JSON can sit inside a <script> element.
    private static string Serialize(JsonObject json) => json.ToJsonString(Options);

    /// <summary>One set of options for every page: options cache what they resolve, so making them per page costs more than the JSON.</summary>
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };
}

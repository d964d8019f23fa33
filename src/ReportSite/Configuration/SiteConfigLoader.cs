using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Configuration;

/// <summary>Reads and validates <c>site.yaml</c>.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yaml";

    private static readonly string[] KnownKeys = ["title", "description", "footer", "languages", "default_language", "base_url", "theme"];
    private static readonly string[] DefaultLanguages = ["zh", "en"];

    public static SiteConfig? Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!System.IO.File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.InputNotFound, SourceLocation.FileOnly(FileName),
                $"No {FileName} in '{inputDirectory}'.", "Pass --input with the folder that holds site.yaml, reports/ and pages/.");
            return null;
        }
        return Parse(TextFile.Read(path), FileName, diagnostics);
    }

    public static SiteConfig? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var map = YamlText.ParseMapping(text, file, 1, diagnostics);
        if (map is null) return null;
        map.ReportUnknownKeys(KnownKeys);

        var languages = map.Contains("languages") ? map.StringList("languages") : DefaultLanguages;
        if (languages.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, map.LocationOf("languages"),
                "'languages' must list at least one language code.", "For example: languages: [zh, en]");
            languages = DefaultLanguages;
        }
        var duplicate = languages.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            diagnostics.Error(DiagnosticCodes.WrongType, map.LocationOf("languages"), $"Language '{duplicate.Key}' is listed twice.",
                "List each language code once.");

        var defaultLanguage = map.String("default_language") ?? languages[0];
        if (!languages.Contains(defaultLanguage))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLanguage, map.LocationOf("default_language"),
                $"default_language '{defaultLanguage}' is not one of the site's languages ({string.Join(", ", languages)}).",
                $"Use one of: {string.Join(", ", languages)}; or add '{defaultLanguage}' to 'languages'.");
            defaultLanguage = languages[0];
        }

        var title = map.Localized("title", languages);
        if (title is null) map.ReportMissing("title", "Add for example: title: {zh: 报告, en: Reports}");

        return new SiteConfig
        {
            Title = title ?? LocalizedText.Same("Reports"),
            Description = map.Localized("description", languages) ?? LocalizedText.Empty,
            Footer = map.Localized("footer", languages) ?? LocalizedText.Empty,
            Languages = languages.Distinct().ToList(),
            DefaultLanguage = defaultLanguage,
            BaseUrl = map.String("base_url") ?? "/",
            Theme = map.String("theme") ?? "default",
        };
    }
}

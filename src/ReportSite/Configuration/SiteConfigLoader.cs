using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Configuration;

/// <summary>Reads and validates <c>site.yaml</c>.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yaml";

    private static readonly string[] KnownKeys = ["title", "description", "footer", "languages", "default_language", "base_url", "theme", "trust_raw_html", "max_file_size_mb", "repo_url", "repo_branch", "series"];
    private static readonly string[] DefaultLanguages = ["zh", "en"];

    /// <summary>How to write a base URL, for problems with site.yaml's base_url and with --base-url.</summary>
    public const string BaseUrlHint = "Write the path the site is published under, e.g. / or /my-repo/, or an absolute URL such as https://example.org/reports/.";

    public static SiteConfig? Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!System.IO.File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.InputNotFound, SourceLocation.FileOnly(FileName),
                $"No {FileName} in '{inputDirectory}'.", "Pass --input with the folder that holds site.yaml, reports/ and pages/.");
            return null;
        }
        var text = TextFile.Read(inputDirectory, FileName, TextFile.DefaultMaxBytes, diagnostics);
        return text is null ? null : InternalError.While(FileName, () => Parse(text, FileName, diagnostics));
    }

    public static SiteConfig? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var map = YamlText.ParseMapping(text, file, 1, diagnostics);
        if (map is null) return null;
        map.ReportUnknownKeys(KnownKeys);

        var languages = map.Contains("languages") ? map.StringList("languages") : DefaultLanguages;
        // 'languages' that is not a list was reported as such; an empty list is reported here.
        if (languages.Count == 0 && (map.IsEmptyList("languages") || map.IsBlank("languages")))
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, map.LocationOf("languages"),
                "'languages' must list at least one language code.", "For example: languages: [zh, en]");
        }
        if (languages.Count == 0) languages = DefaultLanguages;
        if (languages.FirstOrDefault(l => !SafeName.IsSafe(l)) is { } unsafeCode)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeName, map.ValueLocationOf("languages"),
                $"Language code '{unsafeCode}' becomes part of every URL in that language, and it holds characters a URL cannot carry safely.",
                "Use a language code such as zh, en or zh-Hant.");
            return null;
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

        var maxFileSize = map.Int("max_file_size_mb") ?? SiteConfig.DefaultMaxFileSizeMb;
        if (maxFileSize is < 1 or > SiteConfig.LargestMaxFileSizeMb)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, map.ValueLocationOf("max_file_size_mb"),
                $"max_file_size_mb must be a whole number of megabytes from 1 to {SiteConfig.LargestMaxFileSizeMb}.", $"Leave it out for the default ({SiteConfig.DefaultMaxFileSizeMb}), or write e.g. max_file_size_mb: 20");
            maxFileSize = SiteConfig.DefaultMaxFileSizeMb;
        }

        var baseUrl = map.String("base_url") ?? "/";
        if (Linking.UrlBuilder.BaseUrlProblem(baseUrl) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, map.ValueLocationOf("base_url"), $"base_url '{baseUrl}' {problem}.", BaseUrlHint);
            baseUrl = "/";
        }

        var repoUrl = map.String("repo_url");
        if (repoUrl is not null && RepoUrlProblem(repoUrl) is { } repoProblem)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, map.ValueLocationOf("repo_url"), $"repo_url '{repoUrl}' {repoProblem}.", RepoUrlHint);
            repoUrl = null;
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
            LanguagesLocation = map.LocationOf("languages"),
            BaseUrl = baseUrl,
            Theme = map.String("theme") ?? "default",
            TrustRawHtml = map.Bool("trust_raw_html") ?? false,
            MaxFileSizeMb = maxFileSize,
            RepoUrl = repoUrl?.TrimEnd('/'),
            RepoBranch = map.String("repo_branch") is { Length: > 0 } branch ? branch : "main",
            Series = ReadSeries(map, languages, diagnostics),
        };
    }

    /// <summary>
    /// <c>series: {world-internet: {zh: 世界互联网发展报告, en: World Internet Development Report}}</c>:
    /// each series' id and its name per language. A bad id is reported and the series left out.
    /// </summary>
    private static Dictionary<string, LocalizedText> ReadSeries(YamlMap map, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var series = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (map.Map("series") is not { } entries) return series;
        foreach (var id in entries.Keys)
        {
            if (!SeriesId.IsValid(id))
            {
                diagnostics.Error(DiagnosticCodes.InvalidSeriesId, entries.LocationOf(id), $"Series id '{id}' is not an id.", SeriesId.Rule);
                continue;
            }
            // A series whose name is blank or unreadable is reported here and still defined (its id as its
            // name), so the reports naming it are not reported again for the one mistake.
            if (entries.IsBlank(id))
                diagnostics.Error(DiagnosticCodes.MissingRequired, entries.LocationOf(id), $"Series '{id}' has no name.",
                    $"Name it per language, e.g. {id}: {{zh: 世界互联网发展报告, en: World Internet Development Report}}");
            var title = entries.IsBlank(id) ? null : entries.Localized(id, languages);
            series[id] = title is { IsEmpty: false } ? title : LocalizedText.Same(id);
        }
        return series;
    }

    /// <summary>How to write a repository's address, for problems with site.yaml's repo_url and with --repo-url.</summary>
    public const string RepoUrlHint = "Write the repository's web address, e.g. https://github.com/org/reports (GitHub, GitLab, Gitea and Forgejo are understood).";

    /// <summary>Why a repository address cannot make edit links, or null when it can: it must be an absolute http(s) URL.</summary>
    public static string? RepoUrlProblem(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? null : "is not the web address of a repository";
}

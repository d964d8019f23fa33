using ReportSite.Configuration;
using ReportSite.Content;
using ReportSite.Diagnostics;
using Scriban;

namespace ReportSite.Templating;

/// <summary>
/// Loads a theme folder: parses every template once (reporting template syntax errors with
/// file:line:col), reads the i18n tables of the site's languages and checks they define the same keys.
/// </summary>
internal static class ThemeLoader
{
    /// <summary>
    /// Loads the theme; diagnostics name its files relative to <paramref name="inputDirectory"/>, like every
    /// other file. A site language the theme has no strings for is reported at <paramref name="languagesAt"/>
    /// (site.yaml's <c>languages</c>, where the author added it) and stops the build: every page needs its strings.
    /// </summary>
    public static Theme? Load(string themeDirectory, string inputDirectory, IReadOnlyList<string> languages, SourceLocation languagesAt, DiagnosticBag diagnostics)
    {
        var label = InputPath.Relative(inputDirectory, themeDirectory);
        if (!Directory.Exists(Path.Combine(themeDirectory, "layouts")))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly(label),
                $"Theme folder '{themeDirectory}' has no layouts/ folder.", "Set 'theme' in site.yaml to an existing theme.");
            return null;
        }
        // Listed like input/: a link out of the theme (to ~/.ssh, /etc) is refused, never published or inlined.
        var files = InputFiles.List(themeDirectory, diagnostics, label);
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var parsedCleanly = true;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Files(files, "layouts").Concat(Files(files, "partials")))
        {
            if (TextFile.Read(themeDirectory, name, TextFile.DefaultMaxBytes, diagnostics, $"{label}/{name}") is not { } text)
            {
                parsedCleanly = false;
                continue;
            }
            var template = Template.Parse(text, name);
            ids.UnionWith(Markdown.PageIds.ThemeIds.In(text));
            foreach (var message in template.Messages)
                diagnostics.Error(DiagnosticCodes.TemplateError,
                    new SourceLocation($"{label}/{name}", message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message,
                    "Fix the Scriban syntax here: every {{ if }} and {{ for }} needs its {{ end }}.");
            if (!template.HasErrors) templates[name] = template;
            parsedCleanly &= !template.HasErrors;
        }
        var i18n = LoadI18n(themeDirectory, files, label, languages, languagesAt, diagnostics);
        // A template that did not parse would fail every page that includes it: report it once, render nothing.
        // So would a language without its strings table (missing, or not a mapping: reported as it was read).
        var assetPaths = Files(files, "assets").ToList();
        var assets = ReadAssets(themeDirectory, assetPaths, label, diagnostics);
        var assetsComplete = assets.Count == assetPaths.Count;
        foreach (var missing in RequiredAssets.Where(path => !assetPaths.Contains(path)))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly($"{label}/{missing}"),
                $"The theme has no {missing}, which every page links to.", $"Add {missing} to the theme (copy it from the default theme to start).");
            assetsComplete = false;
        }
        if (!parsedCleanly || !assetsComplete || languages.Any(l => !i18n.ContainsKey(l))) return null;
        return new Theme
        {
            Directory = themeDirectory,
            Label = label,
            Templates = templates,
            I18n = i18n,
            Assets = assets,
            Ids = ids,
        };
    }

    /// <summary>The assets every page's view links to (<see cref="Views.PageViewFactory"/>): a theme without one cannot render a page.</summary>
    public static readonly IReadOnlyList<string> RequiredAssets =
        ["assets/css/site.css", "assets/css/print.css", "assets/js/site.js", "assets/icon.svg", "assets/js/search-engine.js", "assets/js/search-ui.js"];

    /// <summary>The theme's assets, read whole (they are hashed for cache-busting names); one that cannot be read is RS0002.</summary>
    private static List<ThemeAsset> ReadAssets(string themeDirectory, List<string> paths, string label, DiagnosticBag diagnostics)
    {
        var assets = new List<ThemeAsset>();
        foreach (var path in paths)
        {
            try
            {
                assets.Add(ThemeAsset.Of(path, File.ReadAllBytes(Path.Combine(themeDirectory, path))));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly($"{label}/{path}"), ex.Message,
                    "Check that the file can be read (e.g. chmod 644).");
            }
        }
        return assets;
    }

    /// <summary>The theme's files under <paramref name="folder"/>, from its listing (sorted, links checked).</summary>
    private static IEnumerable<string> Files(List<string> files, string folder) =>
        files.Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal));

    private static Dictionary<string, I18nTable> LoadI18n(string root, List<string> files, string label, IReadOnlyList<string> languages, SourceLocation languagesAt, DiagnosticBag diagnostics)
    {
        var tables = new Dictionary<string, I18nTable>();
        foreach (var language in languages)
        {
            var name = $"i18n/{language}.yaml";
            var path = Path.Combine(root, name);
            if (File.Exists(path) && !files.Contains(name)) continue; // a refused link, reported as the theme was listed
            if (!File.Exists(path))
            {
                var known = Directory.Exists(Path.Combine(root, "i18n"))
                    ? Directory.EnumerateFiles(Path.Combine(root, "i18n"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()
                    : [];
                diagnostics.Error(DiagnosticCodes.UnknownLanguage, languagesAt,
                    $"Language '{language}' has no strings in the theme (no {name}; the theme has {(known.Count == 0 ? "none" : string.Join(", ", known))}).",
                    $"Remove '{language}' from 'languages', or add {name} to the theme ({label}), translated from an existing table.");
                continue;
            }
            if (TextFile.Read(root, name, TextFile.DefaultMaxBytes, diagnostics, $"{label}/{name}") is not { } text) continue;
            var map = YamlText.ParseMapping(text, $"{label}/{name}", 1, diagnostics);
            if (map is null) continue;
            tables[language] = new I18nTable(language, map.Keys.ToDictionary(k => k, k => map.String(k) ?? ""));
        }
        ReportMissingKeys(tables, label, diagnostics);
        return tables;
    }

    private static void ReportMissingKeys(Dictionary<string, I18nTable> tables, string label, DiagnosticBag diagnostics)
    {
        var allKeys = tables.Values.SelectMany(t => t.Strings.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var table in tables.Values.OrderBy(t => t.Language, StringComparer.Ordinal))
            foreach (var key in allKeys.Where(k => !table.Strings.ContainsKey(k)))
                diagnostics.Error(DiagnosticCodes.MissingTranslationString, SourceLocation.FileOnly($"{label}/i18n/{table.Language}.yaml"),
                    $"String '{key}' is missing in the '{table.Language}' table (other languages define it).", $"Add '{key}: ...' to this file.");
    }
}

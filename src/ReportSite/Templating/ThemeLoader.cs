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
    /// <summary>Loads a theme of one folder (see <see cref="Load(IReadOnlyList{string}, string, IReadOnlyList{string}, SourceLocation, DiagnosticBag)"/>).</summary>
    public static Theme? Load(string themeDirectory, string inputDirectory, IReadOnlyList<string> languages, SourceLocation languagesAt, DiagnosticBag diagnostics) =>
        Load([themeDirectory], inputDirectory, languages, languagesAt, diagnostics);

    /// <summary>
    /// Loads the theme from its folders, top first (<see cref="ThemeLocator.Find"/>): each file
    /// (<c>layouts/</c>, <c>partials/</c>, <c>assets/</c>) is taken from the first folder that has it,
    /// and each i18n string from the first folder whose table for the language defines it, so a site
    /// overrides one partial or one label without copying the rest. Diagnostics name files relative to
    /// <paramref name="inputDirectory"/>, like every other file. A site language the theme has no strings
    /// for is reported at <paramref name="languagesAt"/> (site.yaml's <c>languages</c>, where the author
    /// added it) and stops the build: every page needs its strings.
    /// </summary>
    public static Theme? Load(IReadOnlyList<string> layers, string inputDirectory, IReadOnlyList<string> languages, SourceLocation languagesAt, DiagnosticBag diagnostics)
    {
        var label = InputPath.Relative(inputDirectory, layers[0]);
        // Listed like input/: a link out of the theme (to ~/.ssh, /etc) is refused, never published or inlined.
        var sources = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var layer in layers.Reverse())
        {
            var layerLabel = InputPath.Relative(inputDirectory, layer);
            foreach (var name in InputFiles.List(layer, diagnostics, layerLabel)) sources[name] = new ThemeFile(layer, layerLabel, name);
        }
        if (!sources.Keys.Any(name => name.StartsWith("layouts/", StringComparison.Ordinal)))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly(label),
                $"Theme folder '{layers[0]}' has no layouts/ folder.", "Set 'theme' in site.yaml to an existing theme.");
            return null;
        }
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var parsedCleanly = true;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files(sources, "layouts").Concat(Files(sources, "partials")))
        {
            if (TextFile.Read(file.Layer, file.Name, TextFile.DefaultMaxBytes, diagnostics, file.Label) is not { } text)
            {
                parsedCleanly = false;
                continue;
            }
            var template = Template.Parse(text, file.Name);
            ids.UnionWith(Markdown.PageIds.ThemeIds.In(text));
            foreach (var message in template.Messages)
                diagnostics.Error(DiagnosticCodes.TemplateError,
                    new SourceLocation(file.Label, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message,
                    "Fix the Scriban syntax here: every {{ if }} and {{ for }} needs its {{ end }}.");
            if (!template.HasErrors) templates[file.Name] = template;
            parsedCleanly &= !template.HasErrors;
        }
        var i18n = LoadI18n(layers, inputDirectory, sources, label, languages, languagesAt, diagnostics);
        // A template that did not parse would fail every page that includes it: report it once, render nothing.
        // So would a language without its strings table (missing, or not a mapping: reported as it was read).
        var assetFiles = Files(sources, "assets").ToList();
        var assets = ReadAssets(assetFiles, diagnostics);
        var assetsComplete = assets.Count == assetFiles.Count;
        foreach (var missing in RequiredAssets.Where(path => !sources.ContainsKey(path)))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly($"{label}/{missing}"),
                $"The theme has no {missing}, which every page links to.", $"Add {missing} to the theme (copy it from the default theme to start).");
            assetsComplete = false;
        }
        if (!parsedCleanly || !assetsComplete || languages.Any(l => !i18n.ContainsKey(l))) return null;
        return new Theme
        {
            Directory = layers[0],
            Layers = layers,
            Label = label,
            FileLabels = sources.ToDictionary(f => f.Key, f => f.Value.LayerLabel, StringComparer.Ordinal),
            Templates = templates,
            I18n = i18n,
            Assets = assets,
            Ids = ids,
        };
    }

    /// <summary>A theme file and the folder (layer) it is taken from; <see cref="Label"/> names it in diagnostics.</summary>
    private sealed record ThemeFile(string Layer, string LayerLabel, string Name)
    {
        public string Label => $"{LayerLabel}/{Name}";
        public string FullPath => Path.Combine(Layer, Name);
    }

    /// <summary>The assets every page's view links to (<see cref="Views.PageViewFactory"/>): a theme without one cannot render a page.</summary>
    public static readonly IReadOnlyList<string> RequiredAssets =
        ["assets/css/site.css", "assets/css/print.css", "assets/js/site.js", "assets/icon.svg", "assets/js/search-engine.js", "assets/js/search-ui.js"];

    /// <summary>The theme's assets, read whole (they are hashed for cache-busting names); one that cannot be read is RS0002.</summary>
    private static List<ThemeAsset> ReadAssets(List<ThemeFile> files, DiagnosticBag diagnostics)
    {
        var assets = new List<ThemeAsset>();
        foreach (var file in files)
        {
            try
            {
                assets.Add(ThemeAsset.Of(file.Name, File.ReadAllBytes(file.FullPath)) with { Source = file.FullPath });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(file.Label), ex.Message,
                    "Check that the file can be read (e.g. chmod 644).");
            }
        }
        return assets;
    }

    /// <summary>The theme's files under <paramref name="folder"/>, each from the top layer that has it (sorted, links checked).</summary>
    private static IEnumerable<ThemeFile> Files(SortedDictionary<string, ThemeFile> files, string folder) =>
        files.Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal)).Select(f => f.Value);

    /// <summary>
    /// Each language's strings: the tables of every layer that has one, the lower first, so a site's
    /// table needs only the strings it changes. A language no layer has strings for is reported.
    /// </summary>
    private static Dictionary<string, I18nTable> LoadI18n(IReadOnlyList<string> layers, string inputDirectory, SortedDictionary<string, ThemeFile> sources,
        string label, IReadOnlyList<string> languages, SourceLocation languagesAt, DiagnosticBag diagnostics)
    {
        var tables = new Dictionary<string, I18nTable>();
        foreach (var language in languages)
        {
            var name = $"i18n/{language}.yaml";
            Dictionary<string, string>? strings = null;
            var unreadable = false;
            foreach (var layer in layers.Reverse())
            {
                var layerLabel = InputPath.Relative(inputDirectory, layer);
                if (!File.Exists(Path.Combine(layer, name))) continue;
                if (!sources.TryGetValue(name, out _)) { unreadable = true; continue; } // a refused link, reported as the theme was listed
                if (TextFile.Read(layer, name, TextFile.DefaultMaxBytes, diagnostics, $"{layerLabel}/{name}") is not { } text) { unreadable = true; continue; }
                var map = YamlText.ParseMapping(text, $"{layerLabel}/{name}", 1, diagnostics);
                if (map is null) { unreadable = true; continue; }
                strings ??= new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var key in map.Keys) strings[key] = map.String(key) ?? "";
            }
            if (unreadable) continue;
            if (strings is null)
            {
                var known = layers.Where(l => Directory.Exists(Path.Combine(l, "i18n")))
                    .SelectMany(l => Directory.EnumerateFiles(Path.Combine(l, "i18n"), "*.yaml")).Select(Path.GetFileNameWithoutExtension)
                    .Distinct().Order(StringComparer.Ordinal).ToList();
                diagnostics.Error(DiagnosticCodes.UnknownLanguage, languagesAt,
                    $"Language '{language}' has no strings in the theme (no {name}; the theme has {(known.Count == 0 ? "none" : string.Join(", ", known))}).",
                    $"Remove '{language}' from 'languages', or add {name} to the theme ({label}), translated from an existing table.");
                continue;
            }
            tables[language] = new I18nTable(language, strings);
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

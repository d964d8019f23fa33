using ReportSite.Diagnostics;

namespace ReportSite.Templating;

/// <summary>
/// Finds the theme named in site.yaml: a path relative to the input folder, else
/// <c>themes/&lt;name&gt;</c> inside or beside the input folder, else the search paths
/// (the themes that ship with the tool).
/// </summary>
public static class ThemeLocator
{
    /// <summary>
    /// The folders of the theme named <paramref name="theme"/>, top first: the site's <c>themes/NAME</c>
    /// (in or beside the input folder), then the search paths' (the tool's built-in themes). A theme given
    /// as a path is that folder alone. Null, reported, when none of them has a <c>layouts/</c> folder.
    /// </summary>
    public static IReadOnlyList<string>? Find(string theme, string inputDirectory, IReadOnlyList<string> searchPaths, DiagnosticBag diagnostics)
    {
        if (theme.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || theme.Any(char.IsControl))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly(Configuration.SiteConfigLoader.FileName),
                "The theme name holds a control character, which no folder name can.", "Set 'theme' in site.yaml to a theme folder name under themes/, or remove it to use the default theme.");
            return null;
        }
        var candidates = new List<string>();
        if (theme.Contains('/') || theme.Contains('\\'))
            candidates.Add(Path.GetFullPath(Path.Combine(inputDirectory, theme)));
        else
        {
            candidates.Add(Path.Combine(inputDirectory, Content.InputFiles.ThemesFolder, theme));
            candidates.Add(Path.Combine(inputDirectory, "..", Content.InputFiles.ThemesFolder, theme));
            candidates.AddRange(searchPaths.Select(p => Path.Combine(p, theme)));
        }
        // Every folder of that name is a layer, the site's own first: a file in the site's themes/default/
        // stands in for the built-in theme's file of the same path, the rest comes from below (Hugo's lookup order).
        var layers = candidates.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists).ToList();
        if (!layers.Any(l => Directory.Exists(Path.Combine(l, "layouts"))))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly(Configuration.SiteConfigLoader.FileName),
                $"Theme '{theme}' was not found (looked in {string.Join(", ", candidates.Select(Path.GetFullPath))}).",
                "Set 'theme' in site.yaml to a theme folder name under themes/, or remove it to use the default theme.");
            return null;
        }
        return layers;
    }
}

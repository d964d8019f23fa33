using ReportSite.Diagnostics;

namespace ReportSite.Templating;

/// <summary>
/// Finds the theme named in site.yaml: a path relative to the input folder, else
/// <c>themes/&lt;name&gt;</c> inside or beside the input folder, else the search paths
/// (the themes that ship with the tool).
/// </summary>
public static class ThemeLocator
{
    public static string? Find(string theme, string inputDirectory, IReadOnlyList<string> searchPaths, DiagnosticBag diagnostics)
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
        var found = candidates.FirstOrDefault(c => Directory.Exists(Path.Combine(c, "layouts")));
        if (found is null)
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly(Configuration.SiteConfigLoader.FileName),
                $"Theme '{theme}' was not found (looked in {string.Join(", ", candidates.Select(Path.GetFullPath))}).",
                "Set 'theme' in site.yaml to a theme folder name under themes/, or remove it to use the default theme.");
        return found is null ? null : Path.GetFullPath(found);
    }
}

using ReportSite.Configuration;
using ReportSite.Diagnostics;

namespace ReportSite.Content;

/// <summary>
/// Markdown the site does not read — a chapter one folder too deep or too shallow, a page without
/// its language folder, a folder named for a language the site lacks, a <c>.markdown</c> file — would
/// otherwise vanish from the published site without a word. Each is a warning at the file whose
/// hint names the path it belongs at. Other files beside chapters (images, PDFs) are media, not strays.
/// </summary>
internal static class StrayMarkdown
{
    private const string Chapters = "reports/<report>/<lang>/";
    private const string Pages = "pages/<lang>/";

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    public static void Report(string file, SiteConfig site, DiagnosticBag diagnostics)
    {
        var parts = file.Split('/');
        var name = parts[^1];
        var stem = name[..name.LastIndexOf('.')];
        var mdName = stem + ".md";
        var lang = site.DefaultLanguage;
        var languages = string.Join(", ", site.Languages);
        var (message, hint) = parts switch
        {
            ["reports", var id, var folder, _] when site.Languages.Contains(folder) =>
                ($"Only files ending in .md are read as chapters; '{name}' is not published.", $"Rename it to reports/{id}/{folder}/{mdName}."),
            ["pages", var folder, _] when site.Languages.Contains(folder) =>
                ($"Only files ending in .md are read as pages; '{name}' is not published.", $"Rename it to pages/{folder}/{mdName}."),
            ["reports", var id, var folder, _] =>
                ($"Folder '{folder}' is not one of the site's languages ({languages}), so this chapter is not published.",
                 $"Move it to reports/{id}/{lang}/{mdName} (or another language folder), or add '{folder}' to 'languages' in site.yaml."),
            ["pages", var folder, _] =>
                ($"Folder '{folder}' is not one of the site's languages ({languages}), so this page is not published.",
                 $"Move it to pages/{lang}/{mdName} (or another language folder), or add '{folder}' to 'languages' in site.yaml."),
            ["reports", var id, _] =>
                ($"Chapters are read from a language folder ({Chapters}); this file lies directly in the report's folder and is not published.",
                 $"Move it to reports/{id}/{lang}/{mdName} (and its translation beside it in the other language folders)."),
            ["reports", var id, var folder, .., _] =>
                ($"Chapters are read only directly inside {Chapters}; this file lies in a subfolder and is not published.",
                 $"Move it to reports/{id}/{(site.Languages.Contains(folder) ? folder : lang)}/{mdName}."),
            ["pages", var folder, .., _] =>
                ($"Pages are read only directly inside {Pages}; this file lies in a subfolder and is not published.",
                 $"Move it to pages/{(site.Languages.Contains(folder) ? folder : lang)}/{mdName}."),
            ["pages", _] =>
                ($"Pages are read from a language folder ({Pages}); this file lies directly in pages/ and is not published.",
                 $"Move it to pages/{lang}/{mdName}."),
            _ =>
                ($"The site reads Markdown only as chapters ({Chapters}) and pages ({Pages}); this file is not published.",
                 $"Move it to reports/<report>/{lang}/{mdName} for a chapter or pages/{lang}/{mdName} for a page."),
        };
        diagnostics.Warning(DiagnosticCodes.StrayMarkdown, SourceLocation.FileOnly(file), message, hint);
    }
}

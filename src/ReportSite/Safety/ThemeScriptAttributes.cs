using ReportSite.Markdown;
namespace ReportSite.Safety;

/// <summary>
/// The <c>data-*</c> attributes the default theme's scripts (themes/default/assets/js) read. Content
/// may not set them: a link with <c>data-language</c> would make site.js store whatever it says as
/// the reader's language, a cell with <c>data-sort</c> would reorder a table. The build writes them
/// itself; raw HTML and <c>{…}</c> attribute lists lose them with a warning.
/// A test greps the scripts, so a new attribute read there cannot be forgotten here.
/// </summary>
internal static class ThemeScriptAttributes
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "data-language", "data-keep-section", "data-section-map", "data-sort", "data-search", "data-labels", "data-manifests",
        "data-copy-label", "data-copied-label",
    };
}

using Scriban;

namespace ReportSite.Templating;

/// <summary>A loaded theme: parsed templates by name (e.g. <c>layouts/chapter.html</c>), i18n tables, static assets.</summary>
public sealed record Theme
{
    public required string Directory { get; init; }

    /// <summary>The theme folder relative to the input folder, as diagnostics name it (e.g. <c>../themes/default</c>).</summary>
    public required string Label { get; init; }
    public required IReadOnlyDictionary<string, Template> Templates { get; init; }
    public required IReadOnlyDictionary<string, I18nTable> I18n { get; init; }

    /// <summary>Files under <c>assets/</c>, relative to the theme folder (e.g. <c>assets/css/site.css</c>).</summary>
    public required IReadOnlyList<string> Assets { get; init; }
}

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

    /// <summary>The ids the templates write around the page body (<c>main</c>…), which an author's ids must leave to them (<see cref="Markdown.PageIds.ThemeIds"/>).</summary>
    public IReadOnlySet<string> Ids { get; init; } = new HashSet<string>();

    /// <summary>Files under <c>assets/</c>, with their fingerprinted published names.</summary>
    public required IReadOnlyList<ThemeAsset> Assets { get; init; }

    /// <summary>The asset at a theme path such as <c>assets/css/site.css</c>.</summary>
    public ThemeAsset Asset(string path) => Assets.FirstOrDefault(a => a.Path == path)
        ?? throw new InvalidOperationException($"The theme has no {path}.");
}

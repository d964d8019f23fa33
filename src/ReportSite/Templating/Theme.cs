using Scriban;

namespace ReportSite.Templating;

/// <summary>A loaded theme: parsed templates by name (e.g. <c>layouts/chapter.html</c>), i18n tables, static assets.</summary>
public sealed record Theme
{
    /// <summary>The theme's top folder: the site's own <c>themes/NAME</c> when it has one, else the built-in theme.</summary>
    public required string Directory { get; init; }

    /// <summary>Every folder the theme's files come from, top first (<see cref="ThemeLocator.Find"/>).</summary>
    public IReadOnlyList<string> Layers { get; init; } = [];

    /// <summary>For each theme file (<c>partials/toc.html</c>), the folder it was taken from as diagnostics name it.</summary>
    public IReadOnlyDictionary<string, string> FileLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>How diagnostics name a theme file: under the folder it came from (<c>../themes/default/partials/toc.html</c>).</summary>
    public string LabelOf(string name) => $"{FileLabels.GetValueOrDefault(name, Label)}/{name}";

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

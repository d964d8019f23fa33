namespace ReportSite.Templating.Views;

/// <summary>What the search page's script needs: the index manifest of each language and its UI strings (both as JSON).</summary>
/// <param name="ManifestsJson">[{ language, htmlLang, url }] for every language.</param>
/// <param name="LabelsJson">{ results, one, none, loading, error } in the page's language.</param>
/// <param name="OtherLanguageNames">Names of the other languages, for the scope switch.</param>
internal sealed record SearchView(string ManifestsJson, string LabelsJson, IReadOnlyList<string> OtherLanguageNames);

namespace ReportSite.Templating.Views;

/// <summary>
/// A language's home, described in that language, with that language's UI strings (for the
/// language chooser at the site root and the 404 page, which speak every language at once).
/// </summary>
internal sealed record LanguageHomeView(
    string Code, string HtmlLang, string Name, string SiteTitle, string Description, string Url,
    IReadOnlyDictionary<string, string> Strings);

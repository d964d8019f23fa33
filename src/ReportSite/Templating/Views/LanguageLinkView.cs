namespace ReportSite.Templating.Views;

/// <summary>
/// One entry of the language switcher. When <see cref="Available"/> is false, this page has no
/// version in that language and <see cref="Url"/> leads to the nearest page that exists there.
/// </summary>
public sealed record LanguageLinkView(string Code, string Name, string HtmlLang, string Url, bool Available, bool Current);

namespace ReportSite.Templating.Views;

/// <summary>
/// A link to another edition of a series: to its report index, or to the same chapter in it.
/// <c>Label</c> names the edition ("2023年版本", "2023 edition"); <c>Title</c> is its report's title.
/// When that edition has the page in another language only, <c>InOtherLanguage</c> is set and
/// <c>HtmlLang</c>/<c>LanguageName</c> say which (for <c>hreflang</c> and <c>lang</c>).
/// </summary>
internal sealed record EditionLinkView(
    int? Year, string Label, string Title, string Url, string HtmlLang, string LanguageName, bool InOtherLanguage);

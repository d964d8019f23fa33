namespace ReportSite.Templating.Views;

/// <summary>Tells readers of an outdated translation that the original changed, and links to it.</summary>
internal sealed record OutdatedNoticeView(string LanguageName, string HtmlLang, string Url);

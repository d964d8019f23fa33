namespace ReportSite.Templating.Views;

/// <summary>A chapter's version in another language: its URL, or null when it does not exist yet.</summary>
internal sealed record TranslationLinkView(string Name, string HtmlLang, string? Url);

namespace ReportSite.Templating.Views;

/// <summary>One language version in a side-by-side view: its language, its title and its chapter page.</summary>
internal sealed record ParallelColumnView(string Name, string HtmlLang, string Title, string Url);

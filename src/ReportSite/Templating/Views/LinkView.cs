namespace ReportSite.Templating.Views;

/// <summary>A titled link, e.g. a breadcrumb or a menu entry; <see cref="Current"/> marks the page being shown.</summary>
internal sealed record LinkView(string Title, string Url, bool Current = false);

namespace ReportSite.Templating.Views;

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c> entry; <c>x-default</c> included.</summary>
internal sealed record AlternateView(string Hreflang, string Href);

namespace ReportSite.Markdown;

/// <summary>The Parse stage's result for one chapter or page: what other pages may read, and its body, which only the pipeline holds.</summary>
internal sealed record ParsedPage(ParsedDocument Document, PageBody Body);

namespace ReportSite.Content;

/// <summary>
/// A chapter's or page's Markdown as read from disk, on its way to Parse, which takes it over
/// (<see cref="Markdown.PageBody"/>): the Load stage does not keep it.
/// </summary>
/// <param name="Source">The document it belongs to.</param>
/// <param name="Text">The text after the front matter.</param>
internal sealed record MarkdownText(SourceDocument Source, string Text);

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>A heading of a page's body, for tables of contents, search and link checks.</summary>
/// <param name="Level">2 for <c>##</c>, and so on.</param>
/// <param name="Anchor">Its anchors.</param>
/// <param name="Text">Plain text of the heading.</param>
/// <param name="Line">File line of the heading (1-based).</param>
public sealed record SectionHeading(int Level, SectionAnchor Anchor, string Text, int Line);

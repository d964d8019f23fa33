namespace ReportSite.Markdown.SectionAnchors;

/// <summary>
/// The anchors of one heading: <see cref="Id"/> is numbered by position (<c>sec-2-1</c>), so it is
/// the same in every language; <see cref="Alias"/> is the text slug or the explicit <c>{#id}</c>,
/// so links written the common way (<c>#data-governance</c>, <c>#数据治理</c>) work too.
/// </summary>
public sealed record SectionAnchor(string Id, string? Alias);

using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.SideBySide;

/// <summary>One top-level section of a rendered body, from its heading to the next one, its ids prefixed.</summary>
internal sealed record BodySection(SectionHeading Heading, string Html);

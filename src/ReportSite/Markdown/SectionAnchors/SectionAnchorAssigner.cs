using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>
/// Numbers the headings of a parsed document by position: the top heading level of the body gives
/// <c>sec-1</c>, <c>sec-2</c>...; the level below it <c>sec-1-1</c>, and so on. The id Markdig's
/// auto-identifiers (or an explicit <c>{#id}</c>) gave the heading is kept as its alias.
/// </summary>
internal static class SectionAnchorAssigner
{
    /// <param name="document">The parsed body.</param>
    /// <param name="title">The leading H1 that is the page's title, which is not a section.</param>
    /// <param name="firstLine">The file line the body starts on, so headings report file lines.</param>
    public static IReadOnlyList<SectionHeading> Assign(MarkdownDocument document, HeadingBlock? title, int firstLine)
    {
        var headings = document.Descendants<HeadingBlock>().Where(heading => heading != title).ToList();
        if (headings.Count == 0) return [];

        var topLevel = headings.Min(h => h.Level);
        var counters = new int[7];
        var outline = new List<SectionHeading>(headings.Count);
        foreach (var heading in headings)
        {
            var depth = heading.Level - topLevel;
            counters[depth]++;
            Array.Clear(counters, depth + 1, counters.Length - depth - 1);
            var id = "sec-" + string.Join('-', counters.Take(depth + 1));

            var attributes = heading.GetAttributes();
            var alias = attributes.Id is { Length: > 0 } existing && existing != id ? existing : null;
            attributes.Id = id;
            var section = new SectionHeading(heading.Level, new SectionAnchor(id, alias), InlineText.Of(heading.Inline), firstLine + heading.Line);
            heading.SetData(typeof(SectionHeading), section); // for the renderer and search
            outline.Add(section);
        }
        return outline;
    }
}

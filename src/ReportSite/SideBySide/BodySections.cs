using Markdig.Syntax;
using ReportSite.Markdown;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.SideBySide;

/// <summary>
/// A chapter's rendered body cut where its sections begin, for the side-by-side view: the text before
/// the first heading, each top-level heading's section (up to the next one; a heading inside a quote or
/// list stays in its section), and the footnotes. Every id is prefixed with the language
/// (<see cref="IdPrefixer"/>), so both bodies can share a page.
/// </summary>
internal sealed record BodySections(string Language, string Intro, IReadOnlyList<BodySection> Sections, string Notes)
{
    private const string FootnotesStart = "<div class=\"footnotes\">";

    /// <param name="html">The body as the chapter page shows it.</param>
    /// <param name="body">The body's tree, which says which headings are sections of the page's top level.</param>
    /// <param name="language">The chapter's language, the ids' prefix.</param>
    public static BodySections Split(string html, PageBody body, string language)
    {
        var prefix = language + "-";
        // Prefixed whole, then cut: the headings are found by their prefixed ids.
        html = IdPrefixer.Prefix(html, prefix);
        var starts = new List<(SectionHeading Heading, int At)>();
        var from = 0;
        foreach (var heading in TopLevelSections(body.Ast))
        {
            var tag = $"<h{Math.Clamp(heading.Level, 1, 6)} id=\"{prefix}{heading.Anchor.Id}\"";
            var at = FindBlock(html, tag, from);
            // Not found as written (a renderer changed it): the heading stays in the section before, with its text.
            if (at < 0) continue;
            starts.Add((heading, at));
            from = at + tag.Length;
        }
        var notesAt = FindBlock(html, FootnotesStart, from);
        var end = notesAt < 0 ? html.Length : notesAt;
        var sections = new List<BodySection>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
            sections.Add(new BodySection(starts[i].Heading, html[starts[i].At..(i + 1 < starts.Count ? starts[i + 1].At : end)]));
        return new BodySections(language, html[..(starts.Count > 0 ? starts[0].At : end)], sections, notesAt < 0 ? "" : html[notesAt..]);
    }

    /// <summary>The outline's headings that are blocks of the document itself, in order.</summary>
    private static IEnumerable<SectionHeading> TopLevelSections(MarkdownDocument document) =>
        document.OfType<HeadingBlock>().Select(h => h.GetData(typeof(SectionHeading))).OfType<SectionHeading>();

    /// <summary>Where <paramref name="start"/> opens a line (a block) at or after <paramref name="from"/>, or -1.</summary>
    private static int FindBlock(string html, string start, int from)
    {
        for (var at = html.IndexOf(start, from, StringComparison.Ordinal); at >= 0; at = html.IndexOf(start, at + 1, StringComparison.Ordinal))
            if (at == 0 || html[at - 1] == '\n') return at;
        return -1;
    }
}

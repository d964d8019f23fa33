using Markdig.Syntax;

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>
/// The leading H1 that is the page's title: the title when front matter has none, or a repeat of
/// the front matter's title. A leading H1 that says something else stays a section, so none of the
/// author's words are lost.
/// </summary>
internal static class TitleHeading
{
    public static HeadingBlock? In(MarkdownDocument document, string? frontMatterTitle)
    {
        if (document.Count == 0 || document[0] is not HeadingBlock { Level: 1 } h1) return null;
        return frontMatterTitle is null || SameText(frontMatterTitle, InlineText.Of(h1.Inline)) ? h1 : null;
    }

    private static bool SameText(string a, string b) =>
        string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        == string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Text.RegularExpressions;
using ReportSite.SideBySide;

namespace ReportSite.PrintEdition;

/// <summary>
/// A chapter's rendered body made to share the print edition's page with the other chapters: its ids
/// get the chapter's prefix (<c>ch3-sec-1</c>, <c>ch3-fn-1</c>, with every in-page reference, by
/// <see cref="IdPrefixer"/>), and its links to chapters of the edition (<c>/zh/wid/economy/#sec-2</c>)
/// point to those chapters on the same page (<c>#ch4-sec-2</c>), so the edition, and its PDF, is read
/// without leaving it. Its headings go one level down (<c>h2</c> to <c>h3</c>, … <c>h5</c> to <c>h6</c>):
/// on the edition the chapter's title is the <c>h2</c>, so the page's outline, and the PDF's bookmarks,
/// put a chapter's sections under it.
/// </summary>
internal static partial class PrintChapterBody
{
    /// <param name="html">The body as the chapter's page shows it.</param>
    /// <param name="id">The chapter's id on the edition (<see cref="PrintEditions.ChapterId"/>); its ids' prefix is it and a hyphen.</param>
    /// <param name="chapterIds">The id on the edition of each of its chapters, by the chapter page's URL (<c>/zh/wid/economy/</c>).</param>
    public static string Rewrite(string html, string id, IReadOnlyDictionary<string, string> chapterIds)
    {
        var prefixed = IdPrefixer.Prefix(html, id + "-");
        var demoted = Heading().Replace(prefixed, tag => $"<{tag.Groups["end"].Value}h{int.Parse(tag.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}");
        return ChapterLink().Replace(demoted, link =>
        {
            var fragment = link.Groups["fragment"].Value;
            if (!chapterIds.TryGetValue(link.Groups["page"].Value, out var target)) return link.Value;
            var inPage = fragment.Length > 1 ? $"#{target}-{fragment[1..]}" : "#" + target;
            return $"{link.Groups["space"].Value}href=\"{inPage}\"";
        });
    }

    /// <summary>
    /// The start or end tag of a heading h1–h5 (rendered HTML escapes every <c>&lt;</c> of text, so this is
    /// a tag); an <c>h6</c> stays one, as HTML has no deeper level.
    /// </summary>
    [GeneratedRegex("<(?<end>/?)h(?<level>[1-5])(?=[\\s>])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    /// <summary>A site-absolute link (rendered HTML escapes every <c>"</c> in text, so this is an attribute).</summary>
    [GeneratedRegex("(?<space>\\s)href=\"(?<page>/[^\"#?]*)(?<fragment>#[^\"]*)?\"", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterLink();
}

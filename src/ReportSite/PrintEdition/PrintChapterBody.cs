using System.Text.RegularExpressions;
using ReportSite.SideBySide;

namespace ReportSite.PrintEdition;

/// <summary>
/// A chapter's rendered body made to share the print edition's page with the other chapters: its ids
/// get the chapter's prefix (<c>ch3-sec-1</c>, <c>ch3-fn-1</c>, with every in-page reference, by
/// <see cref="IdPrefixer"/>), and its links to chapters of the edition (<c>/zh/wid/economy/#sec-2</c>)
/// point to those chapters on the same page (<c>#ch4-sec-2</c>), so the edition, and its PDF, is read
/// without leaving it.
/// </summary>
internal static partial class PrintChapterBody
{
    /// <param name="html">The body as the chapter's page shows it.</param>
    /// <param name="id">The chapter's id on the edition (<see cref="PrintEditions.ChapterId"/>); its ids' prefix is it and a hyphen.</param>
    /// <param name="chapterIds">The id on the edition of each of its chapters, by the chapter page's URL (<c>/zh/wid/economy/</c>).</param>
    public static string Rewrite(string html, string id, IReadOnlyDictionary<string, string> chapterIds)
    {
        var prefixed = IdPrefixer.Prefix(html, id + "-");
        return ChapterLink().Replace(prefixed, link =>
        {
            var fragment = link.Groups["fragment"].Value;
            if (!chapterIds.TryGetValue(link.Groups["page"].Value, out var target)) return link.Value;
            var inPage = fragment.Length > 1 ? $"#{target}-{fragment[1..]}" : "#" + target;
            return $"{link.Groups["space"].Value}href=\"{inPage}\"";
        });
    }

    /// <summary>A site-absolute link (rendered HTML escapes every <c>"</c> in text, so this is an attribute).</summary>
    [GeneratedRegex("(?<space>\\s)href=\"(?<page>/[^\"#?]*)(?<fragment>#[^\"]*)?\"", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterLink();
}

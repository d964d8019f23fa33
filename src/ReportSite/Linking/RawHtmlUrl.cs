using System.Net;
using Markdig.Syntax;
using ReportSite.Markdown.RawHtml;

namespace ReportSite.Linking;

/// <summary>
/// A URL written in a raw HTML attribute that the Link stage resolves as it resolves Markdown's:
/// <c>&lt;a href&gt;</c>, <c>&lt;img src&gt;</c> and <c>srcset</c>, <c>&lt;source src&gt;</c> and
/// <c>srcset</c> (each URL of a srcset on its own, its size descriptor kept).
/// </summary>
/// <param name="Url">The URL, entities decoded.</param>
/// <param name="IsImage">Whether it is a picture (a missing file is then a missing image).</param>
/// <param name="Line">The line of the raw HTML node (<see cref="RawHtmlLine.Of"/>) it is on.</param>
/// <param name="Start">Its offset in that line.</param>
/// <param name="Length">Its length as written.</param>
/// <param name="Quoted">Whether the attribute value is quoted (a replacement of an unquoted one is put in quotes).</param>
/// <param name="Source">Where the Markdown wrote it.</param>
internal sealed record RawHtmlUrl(string Url, bool IsImage, int Line, int Start, int Length, bool Quoted, MarkdownPosition Source)
{
    /// <summary>The edit that writes <paramref name="url"/> in its place, encoded for an attribute value.</summary>
    public RawHtmlEdit Replace(string url)
    {
        var encoded = url.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
        return new RawHtmlEdit(Line, Start, Length, Quoted ? encoded : "\"" + encoded + "\"");
    }

    /// <summary>The URLs of <paramref name="node"/>'s start tags, in order (none in comments or script).</summary>
    public static IEnumerable<RawHtmlUrl> In(MarkdownObject node)
    {
        var lines = RawHtmlLine.Of(node);
        var (text, lineStarts) = RawHtmlLine.Join(lines);
        foreach (var tag in HtmlStartTag.All(text))
        {
            var isImage = tag.Name.Equals("img", StringComparison.OrdinalIgnoreCase) || tag.Name.Equals("source", StringComparison.OrdinalIgnoreCase);
            if (!isImage && !tag.Name.Equals("a", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var (at, length, quoted) in Urls(tag, isImage))
            {
                var line = Array.BinarySearch(lineStarts, at);
                if (line < 0) line = ~line - 1;
                var start = at - lineStarts[line];
                var source = lines[line].Verbatim ? lines[line].Start.Plus(start) : lines[line].Start;
                yield return new RawHtmlUrl(WebUtility.HtmlDecode(text.Substring(at, length)), isImage, line, start, length, quoted, source);
            }
        }
    }

    private static IEnumerable<(int At, int Length, bool Quoted)> Urls(HtmlStartTag tag, bool isImage)
    {
        if (tag.Attribute(isImage ? "src" : "href") is { Value.Length: > 0 } single)
        {
            // Browsers ignore spaces around a URL.
            var value = single.Value;
            var leading = value.Length - value.TrimStart().Length;
            var trimmed = value.Trim();
            if (trimmed.Length > 0) yield return (single.ValueStart + leading, trimmed.Length, single.Quoted);
        }
        if (isImage && tag.Attribute("srcset") is { } set)
            foreach (var (at, length) in SourceSetUrls(set.Value))
                yield return (set.ValueStart + at, length, set.Quoted);
    }

    /// <summary>
    /// The URLs of a srcset value (<c>a.png 1x, b.png 2x</c>) as the HTML standard reads them: a
    /// URL runs to the next space; a comma after it ends the candidate, else the descriptors run to the next comma.
    /// </summary>
    private static IEnumerable<(int At, int Length)> SourceSetUrls(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && (char.IsWhiteSpace(value[i]) || value[i] == ',')) i++;
            if (i >= value.Length) yield break;
            var start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i])) i++;
            var end = i;
            if (value[end - 1] == ',')
            {
                while (end > start && value[end - 1] == ',') end--;
            }
            else
            {
                var depth = 0;
                for (; i < value.Length && !(value[i] == ',' && depth == 0); i++)
                    depth += value[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            }
            if (end > start) yield return (start, end - start);
        }
    }
}

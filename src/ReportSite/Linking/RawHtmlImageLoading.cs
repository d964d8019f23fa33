using Markdig.Syntax;
using ReportSite.Markdown.RawHtml;

namespace ReportSite.Linking;

/// <summary>
/// Raw HTML <c>&lt;img&gt;</c>s load as Markdown's images do: lazily (<c>loading="lazy"</c>) and
/// decoded off the main thread (<c>decoding="async"</c>), so a long chapter of pictures opens fast.
/// An attribute the author wrote is kept as written.
/// </summary>
internal static class RawHtmlImageLoading
{
    /// <summary>The edits that add the missing attributes to <paramref name="node"/>'s img tags, just after each tag's name.</summary>
    public static IEnumerable<RawHtmlEdit> In(MarkdownObject node)
    {
        var lines = RawHtmlLine.Of(node);
        var (text, lineStarts) = RawHtmlLine.Join(lines);
        foreach (var tag in HtmlStartTag.All(text))
        {
            if (!tag.Name.Equals("img", StringComparison.OrdinalIgnoreCase)) continue;
            var added = (tag.Attribute("loading") is null ? " loading=\"lazy\"" : "") + (tag.Attribute("decoding") is null ? " decoding=\"async\"" : "");
            if (added.Length == 0) continue;
            var at = tag.Start + 1 + tag.Name.Length;
            var line = Array.BinarySearch(lineStarts, at);
            if (line < 0) line = ~line - 1;
            yield return new RawHtmlEdit(line, at - lineStarts[line], 0, added);
        }
    }
}

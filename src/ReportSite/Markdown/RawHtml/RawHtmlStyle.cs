using System.Text.RegularExpressions;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// Writes the author's raw HTML in the style of the rest of the page: void elements as HTML5
/// (<c>&lt;br/&gt;</c> as <c>&lt;br&gt;</c>, as the build's renderers write them), and ids and
/// links written for Markdig's footnote ids (<c>href="#fn:1"</c>) to the site's (<c>#fn-1</c>,
/// <see cref="Footnotes.FootnoteIds"/>). Only raw HTML goes through these expressions, and only
/// when it holds what they change.
/// </summary>
internal static partial class RawHtmlStyle
{
    /// <summary>Whether <paramref name="html"/> holds anything <see cref="Aligned"/> changes (most raw HTML does not).</summary>
    public static bool MayChange(string html) =>
        html.Contains("/>", StringComparison.Ordinal) || html.Contains("=\"fn", StringComparison.Ordinal) || html.Contains("=\"#fn", StringComparison.Ordinal);

    /// <summary>Both changes: raw HTML written as it is (a site that trusts its authors).</summary>
    public static string Aligned(string html) => FootnoteIdsAligned(html.Contains("/>", StringComparison.Ordinal) ? SelfClosingVoid().Replace(html, "<$1$2>") : html);

    /// <summary>
    /// The footnote ids alone: what the sanitiser writes (its parser writes void elements as HTML5
    /// already). The ids keep their length, so written text keeps its place.
    /// </summary>
    public static string FootnoteIdsAligned(string html) =>
        html.Contains("=\"fn", StringComparison.Ordinal) || html.Contains("=\"#fn", StringComparison.Ordinal) ? FootnoteId().Replace(html, "$1=\"$2$3-$4\"") : html;

    [GeneratedRegex(@"<(img|hr|br|input|source|wbr)\b([^<>]*?)\s*/>")]
    private static partial Regex SelfClosingVoid();

    [GeneratedRegex(@"\b(id|href)=""(#?)(fn|fnref):(\d+)""")]
    private static partial Regex FootnoteId();
}

using System.Net;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.RawHtml;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Markdown.PageIds;

/// <summary>
/// Keeps every id on a page unique. The build's own ids always win: the theme's (<see cref="ThemeIds"/>:
/// the default theme's <c>main</c>, <c>toc-title</c>…), the numbered section ids, footnotes', data tables' and charts'. The author's
/// ids — the title heading's and other headings' slugs or <c>{#id}</c>s, <c>{#id}</c>s on other
/// elements, raw HTML <c>id</c>s — claim theirs in document order; one already taken is renamed
/// <c>user-content-…</c> (as GitHub prefixes the ids users write) with warning RS0214 at its place.
/// Links to an id the theme took (<c>#main</c>) are the author's links to their own element: the Link
/// stage points them at its new id, as GitHub's script does. Links to an id the build or an earlier
/// element holds land there, as in a browser.
/// </summary>
internal static partial class UniqueIds
{
    public const string Prefix = "user-content-";

    /// <summary>
    /// Renames the clashing ids of a parsed page in place (attributes, heading aliases, raw HTML edits)
    /// and returns the title anchor and outline to use, the new ids (which links may target), and the
    /// theme's ids an author's element was renamed from, each with the element's new id (where links to it go).
    /// </summary>
    /// <param name="ast">The parsed body, its section anchors assigned.</param>
    /// <param name="titleHeading">The title H1 taken out of the body, whose id the theme writes.</param>
    /// <param name="titleAnchor">That heading's id.</param>
    /// <param name="outline">The body's headings, from <see cref="SectionAnchorAssigner"/>.</param>
    /// <param name="themeIds">The ids the theme writes around the body (<see cref="ThemeIds"/>).</param>
    /// <param name="numbered">The page's numbered tables, figures and boxes, whose ids (<c>table-2</c>…) are the build's.</param>
    /// <param name="source">The page, for the warnings' places.</param>
    /// <param name="diagnostics">Where a renamed id is reported (RS0214).</param>
    public static (string? TitleAnchor, IReadOnlyList<SectionHeading> Outline, IReadOnlyList<string> Renamed, IReadOnlyDictionary<string, string> Redirects) Assign(
        MarkdownDocument ast, HeadingBlock? titleHeading, string? titleAnchor, IReadOnlyList<SectionHeading> outline,
        IReadOnlySet<string> themeIds, IEnumerable<Numbering.NumberedTarget> numbered, SourceDocument source, DiagnosticBag diagnostics)
    {
        var claims = new Claims(BuildOwnIds(outline, themeIds, numbered), themeIds, diagnostics);
        if (titleHeading is not null && titleAnchor is not null)
            titleAnchor = claims.Claim(titleAnchor, At(titleHeading, source), "title heading");
        var headings = outline.ToList();
        foreach (var node in ast.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetData(typeof(SectionHeading)) is SectionHeading { Anchor.Alias: { } alias } section:
                    var claimed = claims.Claim(alias, At(heading, source), "heading");
                    if (claimed == alias) break;
                    var renamed = section with { Anchor = section.Anchor with { Alias = claimed } };
                    heading.SetData(typeof(SectionHeading), renamed);
                    headings[headings.IndexOf(section)] = renamed;
                    break;
                case HeadingBlock:
                    break; // its id is the numbered one, the build's own
                case HtmlBlock or Markdig.Syntax.Inlines.HtmlInline:
                    ClaimRawHtmlIds(node, claims, source);
                    break;
                default:
                    if (node.TryGetAttributes() is { Id: { Length: > 0 } id } attributes)
                        attributes.Id = claims.Claim(id, At(node, source), "element");
                    break;
            }
        }
        return (titleAnchor, headings, claims.Renamed, claims.Redirects);
    }

    private static SourceLocation At(MarkdownObject node, SourceDocument source) =>
        new(source.Path, source.BodyFirstLine + node.Line, node.Column + 1);

    /// <summary>The raw HTML <c>id</c>s of one node; a renamed one is rewritten where it is written.</summary>
    private static void ClaimRawHtmlIds(MarkdownObject node, Claims claims, SourceDocument source)
    {
        var lines = RawHtmlLine.Of(node);
        var (text, lineStarts) = RawHtmlLine.Join(lines);
        var edits = new List<RawHtmlEdit>();
        foreach (var tag in HtmlStartTag.All(text))
        {
            if (tag.Attribute("id") is not { Value.Length: > 0 } attribute) continue;
            var line = Array.BinarySearch(lineStarts, attribute.ValueStart);
            if (line < 0) line = ~line - 1;
            var start = attribute.ValueStart - lineStarts[line];
            var at = (lines[line].Verbatim ? lines[line].Start.Plus(start) : lines[line].Start).In(source);
            var id = WebUtility.HtmlDecode(attribute.Value);
            var claimed = claims.Claim(id, at, "element");
            if (claimed == id) continue;
            var encoded = claimed.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
            edits.Add(new RawHtmlEdit(line, start, attribute.Value.Length, attribute.Quoted ? encoded : "\"" + encoded + "\""));
        }
        RawHtmlEdit.SetParsed(node, edits);
    }

    /// <summary>The ids the build writes on this page, each with who writes it (for the warning); footnotes' and data blocks' by pattern.</summary>
    private static Func<string, string?> BuildOwnIds(IReadOnlyList<SectionHeading> outline, IReadOnlySet<string> themeIds, IEnumerable<Numbering.NumberedTarget> numbered)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ThemeIds.Top] = "the browser (a link to '#top' goes to the top of the page)",
        };
        foreach (var id in themeIds)
            ids[id] = id == "main" ? "the theme (the skip link's target, the page's main content)" : "the theme";
        foreach (var heading in outline) ids[heading.Anchor.Id] = $"the numbered id of heading '{heading.Text}'";
        // The numbers the numbering extension gave the page's tables, figures and boxes as it parsed them.
        var counts = numbered.CountBy(t => t.Kind).ToDictionary();
        return id =>
        {
            if (ids.TryGetValue(id, out var owner)) return owner;
            if (FootnoteId().IsMatch(id)) return "a footnote";
            // table-2 and its caption's table-2-caption; figure-1 and its parts' figure-1-data, figure-1-svg-wide-title; box-1…
            if (NumberedId().Match(id) is not { Success: true } match || !int.TryParse(match.Groups[2].ValueSpan, out var number)) return null;
            var kind = match.Groups[1].Value switch { "table" => Numbering.NumberedKind.Table, "figure" => Numbering.NumberedKind.Figure, _ => Numbering.NumberedKind.Box };
            return number <= counts.GetValueOrDefault(kind) ? $"{kind.ToString().ToLowerInvariant()} {number}" : null;
        };
    }

    /// <summary>Footnotes and their references are numbered by the renderer (<c>fn-1</c>, <c>fnref-3</c>; Markdig's <c>fn:1</c> is written so too).</summary>
    [GeneratedRegex(@"^fn(ref)?[-:]\d+$")]
    private static partial Regex FootnoteId();

    [GeneratedRegex(@"^(table|figure|box)-(\d{1,9})(-.+)?$")]
    private static partial Regex NumberedId();

    private sealed class Claims(Func<string, string?> buildOwner, IReadOnlySet<string> themeIds, DiagnosticBag diagnostics)
    {
        /// <summary>The author's ids claimed so far, each with where.</summary>
        private readonly Dictionary<string, string> _claimed = new(StringComparer.Ordinal);

        public List<string> Renamed { get; } = [];

        public Dictionary<string, string> Redirects { get; } = new(StringComparer.Ordinal);

        /// <summary>The id the element gets: <paramref name="id"/>, or a new one when it is taken (reported).</summary>
        public string Claim(string id, SourceLocation at, string what)
        {
            var owner = Owner(id);
            if (owner is null)
            {
                _claimed[id] = $"an earlier {what} (line {at.Line})";
                return id;
            }
            var renamed = Prefix + id;
            for (var n = 2; Owner(renamed) is not null; n++) renamed = $"{Prefix}{id}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            _claimed[renamed] = $"an earlier {what} (line {at.Line})";
            Renamed.Add(renamed);
            // Links to a theme's id go to the first author's element that wanted it ('#top' stays the browser's: the top of the page).
            string? linksGoTo = null;
            if (themeIds.Contains(id) && id != ThemeIds.Top)
            {
                Redirects.TryAdd(id, renamed);
                linksGoTo = Redirects[id];
            }
            var yourOwn = what == "element" ? "id=\"…\" or {#…}" : "{#my-id} after its text";
            diagnostics.Warning(DiagnosticCodes.DuplicateId, at,
                $"The id '{id}' of this {what} is already used on the page by {owner}; two elements with one id are invalid HTML, so this one was renamed '{renamed}'.",
                linksGoTo == renamed
                    ? $"Links to '#{id}' are pointed at '#{renamed}'. To choose its id yourself, give this {what} one the theme does not use ({yourOwn})."
                    : $"Links to '#{id}' {(linksGoTo is null ? $"land on {owner}" : $"go to an earlier element ('#{linksGoTo}')")}. Give this {what} an id of its own ({yourOwn}), or link to '#{renamed}'.");
            return renamed;
        }

        private string? Owner(string id) => buildOwner(id) ?? _claimed.GetValueOrDefault(id);
    }
}

using ReportSite.Content;
using ReportSite.Data;
using ReportSite.Diagnostics;
using ReportSite.Markdown.CrossReferences;
using ReportSite.Markdown.Numbering;

namespace ReportSite.Linking;

/// <summary>
/// Names and addresses references to numbered tables, figures and boxes (<c>@tbl-x</c>, and links with
/// no text such as <c>[](02-economy.md#table-1)</c>) in the language of the page that holds them, with
/// the number of the chapter that holds the element: "见表2-1" stays right when chapters move. A key is
/// looked up in the page itself, then in the other chapters of its report in its language, as Quarto
/// books do.
/// </summary>
internal sealed class CrossReferences
{
    private readonly Dictionary<(string Report, string Language), Dictionary<string, List<Found>>> _chapterKeys = [];
    private readonly IReadOnlyDictionary<string, DataLabels> _labels;
    private readonly UrlBuilder _urls;

    /// <summary>A numbered element with the page it is on.</summary>
    private sealed record Found(ContentPage Page, NumberedTarget Target);

    /// <param name="pages">Every page links may point at.</param>
    /// <param name="labels">The theme's words per language (<see cref="DataLabels.NumberLabel"/>).</param>
    /// <param name="urls">Where pages are published.</param>
    public CrossReferences(IEnumerable<ContentPage> pages, IReadOnlyDictionary<string, DataLabels> labels, UrlBuilder urls)
    {
        (_labels, _urls) = (labels, urls);
        foreach (var page in pages.Where(p => p.Kind == ContentKind.Chapter))
        {
            if (page.Document.Targets.Count == 0) continue;
            if (!_chapterKeys.TryGetValue((page.ReportId!, page.Language), out var keys))
                _chapterKeys[(page.ReportId!, page.Language)] = keys = new(StringComparer.Ordinal);
            foreach (var target in page.Document.Targets)
                if (target.Key is { } key)
                {
                    if (!keys.TryGetValue(key, out var found)) keys[key] = found = [];
                    found.Add(new Found(page, target));
                }
        }
        foreach (var found in _chapterKeys.Values.SelectMany(keys => keys.Values))
            found.Sort((a, b) => a.Page.Number.CompareTo(b.Page.Number));
    }

    /// <summary>Names and addresses <paramref name="reference"/> of <paramref name="page"/>, or reports (at <paramref name="at"/>) why it cannot.</summary>
    public void Resolve(ContentPage page, CrossReferenceInline reference, SourceLocation at, DiagnosticBag diagnostics)
    {
        var own = page.Document.Targets.FirstOrDefault(t => t.Key == reference.Key);
        var found = own is not null ? [new Found(page, own)] : OtherChapters(page, reference.Key);
        if (found.Count == 1)
        {
            reference.Label = Name(page, found[0].Page, found[0].Target);
            reference.Href = Href(page, found[0].Page, found[0].Target);
            return;
        }
        if (found.Count > 1)
        {
            var where = string.Join(" and ", found.Select(f => $"'{f.Page.Document.Source.Path}' ({Name(page, f.Page, f.Target)})"));
            diagnostics.Error(DiagnosticCodes.AmbiguousReference, at,
                $"'@{reference.Key}' could mean the element with that id in {where}.",
                $"Give each its own id, or link to the one you mean with its chapter's file: []({found[0].Page.Document.Source.FileStem}.md#{reference.Key}).");
            return;
        }
        diagnostics.Error(DiagnosticCodes.MissingReference, at,
            $"'@{reference.Key}' names no table, figure or box in this {(page.Kind == ContentKind.Chapter ? "chapter or the other chapters of its report" : "page")}.",
            MissingHint(page, reference.Key));
    }

    /// <summary>
    /// The text for a link with no text of <paramref name="page"/> to <paramref name="anchor"/> (unescaped,
    /// after redirects; empty for the page's top) on <paramref name="target"/>: the numbered name of a
    /// table, figure or box, a heading's text, or the title of another page; null for anything else.
    /// </summary>
    public string? NameOf(ContentPage page, ContentPage target, string anchor)
    {
        if (anchor.Length == 0 || anchor == target.Document.TitleAnchor) return target == page ? null : target.Title;
        if (target.Document.Targets.FirstOrDefault(t => t.Id == anchor) is { } numbered) return Name(page, target, numbered);
        return target.Document.Outline.FirstOrDefault(h => h.Anchor.Id == anchor || h.Anchor.Alias == anchor)?.Text;
    }

    private List<Found> OtherChapters(ContentPage page, string key) => ReportKeys(page).GetValueOrDefault(key) ?? [];

    /// <summary>The keys of the chapters of the page's report in its language (read only: pages are linked in parallel).</summary>
    private IReadOnlyDictionary<string, List<Found>> ReportKeys(ContentPage page) =>
        page.Kind == ContentKind.Chapter && _chapterKeys.TryGetValue((page.ReportId!, page.Language), out var keys) ? keys : new Dictionary<string, List<Found>>();

    /// <summary>The element's numbered name in the language of the page that names it, with its own chapter's number.</summary>
    private string Name(ContentPage page, ContentPage target, NumberedTarget element) =>
        (_labels.GetValueOrDefault(page.Language) ?? DataLabels.Default)
            .NumberLabel(element.Kind, element.Number(target.Number));

    private string Href(ContentPage page, ContentPage target, NumberedTarget element) =>
        (target == page ? "" : _urls.Href(target.SitePath)) + "#" + Uri.EscapeDataString(element.Id);

    /// <summary>Did you mean a key close to it, else the keys there are, else how to give an element one.</summary>
    private string MissingHint(ContentPage page, string key)
    {
        var keys = page.Document.Targets.Select(t => t.Key).OfType<string>()
            .Concat(ReportKeys(page).Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (Configuration.Spelling.Closest(key, keys) is { } closest) return $"Did you mean '@{closest}'?";
        if (keys.Count > 0) return $"The ids that can be named here are {string.Join(", ", keys.Take(8).Select(k => "@" + k))}{(keys.Count > 8 ? ", …" : "")}.";
        return "Give the table, chart or box that id where it is written, e.g. ```datatable source=… {#" + key + "}, then name it as @" + key + ".";
    }
}

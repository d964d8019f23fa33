using System.Collections.Concurrent;
using ReportSite.Linking;
using ReportSite.Markdown;

namespace ReportSite.Build;

/// <summary>
/// The Parse stage's result: each chapter's and page's <see cref="ParsedDocument"/> (what other pages
/// read) and its <see cref="PageBody"/>, which the later stages reach through here: Link and the
/// data stage change it in place (<see cref="Of"/>), Render+Index takes it (<see cref="Take"/>), after
/// which nothing holds it. A big site's trees are thus freed page by page as they are rendered.
/// </summary>
internal sealed class PageBodies
{
    private readonly ConcurrentDictionary<string, PageBody> _bodies = new(StringComparer.Ordinal);

    public PageBodies(IReadOnlyList<ParsedPage> parsed)
    {
        Documents = parsed.Select(p => p.Document).ToList();
        foreach (var page in parsed) _bodies[page.Document.Source.Path] = page.Body;
    }

    /// <summary>These bodies and <paramref name="more"/>'s together (the fast path parses in two rounds); both give theirs up.</summary>
    public PageBodies And(PageBodies more) =>
        new([.. Documents.Select(d => new ParsedPage(d, _bodies[d.Source.Path])), .. more.Documents.Select(d => new ParsedPage(d, more._bodies[d.Source.Path]))]);

    /// <summary>The parsed documents, in the order they were loaded.</summary>
    public IReadOnlyList<ParsedDocument> Documents { get; }

    /// <summary>The body of <paramref name="page"/>, still held here.</summary>
    public PageBody Of(ContentPage page) =>
        _bodies.TryGetValue(page.Document.Source.Path, out var body) ? body : throw Taken(page);

    /// <summary>Takes the body of <paramref name="page"/> for rendering: this holds it no longer.</summary>
    public PageBody Take(ContentPage page) =>
        _bodies.TryRemove(page.Document.Source.Path, out var body) ? body : throw Taken(page);

    private static InvalidOperationException Taken(ContentPage page) =>
        new($"The body of '{page.Document.Source.Path}' was taken for rendering already.");
}

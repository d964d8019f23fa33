using ReportSite.Output;
using ReportSite.Search;

namespace ReportSite.Build;

/// <summary>
/// Where a build's pages and files go: a staging folder swapped in at the end (<see cref="StagingSink"/>,
/// <c>build</c>) or memory (<see cref="MemorySink"/>, the preview and <c>check</c>).
/// </summary>
internal interface IPageSink : IDisposable
{
    /// <summary>Takes a rendered page's HTML (valid only during the call); returns it when the sink keeps pages in memory, else null.</summary>
    string? TakePage(string sitePath, ReadOnlySpan<char> html);

    /// <summary>Each language's search index files still to be written (a staging folder gets the fragments as they are made).</summary>
    IEnumerable<OutputFile> SearchIndex(IReadOnlyList<KeyValuePair<string, List<SearchSection>>> sections, CancellationToken cancel);

    /// <summary>
    /// Writes what is not written yet and puts the site in place; null when nothing is written.
    /// Cancelling stops it before the site is put in place.
    /// </summary>
    WrittenOutput? Complete(SiteGeneration generation, CancellationToken cancel);
}

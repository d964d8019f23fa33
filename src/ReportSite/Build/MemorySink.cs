using ReportSite.Output;
using ReportSite.Search;

namespace ReportSite.Build;

/// <summary>Keeps every page and file in memory and writes nothing: the preview serves them, a check only reports.</summary>
internal sealed class MemorySink : IPageSink
{
    public string? TakePage(string sitePath, ReadOnlySpan<char> html) => new(html);

    public IEnumerable<OutputFile> SearchIndex(IReadOnlyList<KeyValuePair<string, List<SearchSection>>> sections, CancellationToken cancel) =>
        Search.SearchIndex.Build(sections, cancel);

    public WrittenOutput? Complete(SiteGeneration generation, CancellationToken cancel) => null;

    public void Dispose() { }
}

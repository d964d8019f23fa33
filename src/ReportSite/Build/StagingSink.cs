using ReportSite.Linking;
using ReportSite.Output;
using ReportSite.Search;

namespace ReportSite.Build;

/// <summary>
/// Writes each page to the staging folder as it is rendered, and the search index's fragments as
/// they are made, so a big site is never held in memory; <see cref="Complete"/> writes the rest and
/// swaps the staging folder in (only for a build without errors: otherwise the output stays as it was).
/// <paramref name="finish"/>, when given, runs on the whole staged site just before (the PDFs of
/// <c>build --pdf</c>); when it returns false (it reported why), the site is not put in place.
/// <paramref name="removePrevious"/>: see <see cref="BuildOptions.RemovePreviousOutput"/>.
/// </summary>
internal sealed class StagingSink(StagedOutput output, Func<SiteGeneration, StagedOutput, bool>? finish = null, Action<string>? removePrevious = null) : IPageSink
{
    public string? TakePage(string sitePath, ReadOnlySpan<char> html)
    {
        output.WriteText(UrlBuilder.OutputFile(sitePath), html);
        return null;
    }

    public IEnumerable<OutputFile> SearchIndex(IReadOnlyList<KeyValuePair<string, List<SearchSection>>> sections, CancellationToken cancel) =>
        Search.SearchIndex.Build(sections, cancel, output);

    public WrittenOutput? Complete(SiteGeneration generation, CancellationToken cancel)
    {
        var (pages, site, theme) = (generation.Pages, generation.Site, generation.Theme);
        Parallel.ForEach(generation.Files, new ParallelOptions { CancellationToken = cancel }, file => output.WriteBytes(file.SitePath, file.Content));
        foreach (var media in site.Media)
        {
            cancel.ThrowIfCancellationRequested();
            output.CopyFile(Path.Combine(generation.InputDirectory, media.InputPath), media.SitePath);
        }
        foreach (var asset in theme.Assets)
            output.CopyFile(asset.Source, asset.SitePath);
        if (finish is not null && !finish(generation, output)) return null;
        var written = output.FilesWritten;
        // The last moment to stop: once the swap starts it finishes, so the output is always one whole site.
        cancel.ThrowIfCancellationRequested();
        output.Commit(removePrevious);
        var perLanguage = site.Languages.Select(l => KeyValuePair.Create(l, pages.Count(p => p.Language == l))).ToList();
        return new WrittenOutput(perLanguage, written);
    }

    /// <summary>Removes the staging folder unless it was swapped in.</summary>
    public void Dispose() => output.Dispose();
}

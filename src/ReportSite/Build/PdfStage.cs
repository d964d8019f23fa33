using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Output;
using ReportSite.PrintEdition;

namespace ReportSite.Build;

/// <summary>
/// <c>build --pdf</c>'s last step, run on the staged site before it is put in place: prints every print
/// edition to its PDF (<see cref="UrlBuilder.PdfPath"/>), then renders the reports' indexes again with a
/// link to each PDF and its size. Rendering the indexes twice (rather than printing first) keeps one
/// order of stages: a PDF can only be printed from a whole site (styles, images), and its size is only
/// known once printed.
/// </summary>
internal static class PdfStage
{
    /// <summary>Whether the site may be put in place: false when printing or rendering failed (reported).</summary>
    public static bool Run(IPdfPrinter printer, IReadOnlyList<PlannedPage> plan, SiteGeneration generation, BuildStages stages, StagedOutput staged,
        DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var jobs = plan.Where(p => p.View == PlannedView.Print).Select(p => new PdfJob(p.SitePath, UrlBuilder.PdfPath(p.Language!, p.Report!.Id))).ToList();
        if (jobs.Count == 0) return true;
        var pdfs = printer.Print(staged.StagingDirectory, generation.Site.Urls.BasePath, jobs, diagnostics, cancel);
        if (diagnostics.HasErrors) return false;
        if (pdfs is null) return true;
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < jobs.Count; i++)
        {
            staged.WriteBytes(jobs[i].PdfSitePath, pdfs[i]);
            sizes[jobs[i].PdfSitePath] = pdfs[i].LongLength;
        }
        var indexes = plan
            .Where(p => p.View == PlannedView.ReportIndex && sizes.ContainsKey(UrlBuilder.PdfPath(p.Language!, p.Report!.Id)))
            .Select(p => p with { PdfBytes = sizes[UrlBuilder.PdfPath(p.Language!, p.Report!.Id)] }).ToList();
        using var sink = new ReplacingSink(staged);
        stages.RenderAndIndex(indexes, generation.Site, generation.Data, generation.Theme,
            page => throw new InvalidOperationException($"A report's index shows no body ('{page.Document.Source.Path}')."), sink, diagnostics, cancel);
        return !diagnostics.HasErrors;
    }

    /// <summary>Writes pages over those staged already.</summary>
    private sealed class ReplacingSink(StagedOutput output) : IPageSink
    {
        public string? TakePage(string sitePath, ReadOnlySpan<char> html)
        {
            output.ReplaceText(UrlBuilder.OutputFile(sitePath), html);
            return null;
        }

        public IEnumerable<OutputFile> SearchIndex(IReadOnlyList<KeyValuePair<string, List<Search.SearchSection>>> sections, CancellationToken cancel) => [];

        public WrittenOutput? Complete(SiteGeneration generation, CancellationToken cancel) => null;

        public void Dispose() { }
    }
}

using System.Collections.Concurrent;
using Markdig;
using ReportSite.Content;
using ReportSite.Data;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown;
using ReportSite.Output;
using ReportSite.Search;
using ReportSite.Templating;
using ReportSite.Templating.Views;

namespace ReportSite.Build;

/// <summary>
/// The stages of a build, each a function of the previous stages' results, shared by the full build
/// (<see cref="SiteBuilder"/>) and the preview's fast path (<see cref="IncrementalRebuild"/>).
/// </summary>
internal sealed class BuildStages(MarkdownPipeline pipeline)
{
    private readonly DocumentParser _parser = new(pipeline);

    /// <summary>
    /// The converter of formulas of these stages' runs: one build, or one preview session, whose fast
    /// updates (two Parse calls each) then load Temml once and convert each formula once.
    /// </summary>
    public Markdown.Mathematics.MathTypesetter Formulas { get; } = new();

    /// <summary>Parse: each text becomes its document and body (the texts are the bodies' from now on).</summary>
    public PageBodies Parse(IReadOnlyList<MarkdownText> texts, Theme theme, DiagnosticBag diagnostics, CancellationToken cancel) =>
        new(texts.AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(text => InternalError.While(text.Source.Path,
                () => _parser.Parse(text, diagnostics, theme.Ids, theme.I18n.GetValueOrDefault(text.Source.Language), Formulas))).ToList());

    /// <summary>Link: the site placed, its bodies' links rewritten and cross-references named (in <paramref name="labels"/>' words), the media they use checked.</summary>
    public static LinkedSite Link(LoadedContent content, PageBodies bodies, string inputDirectory, UrlBuilder urls, IReadOnlyDictionary<string, DataLabels> labels,
        DiagnosticBag diagnostics)
    {
        var site = SiteLinker.Link(content, bodies.Documents, bodies.Of, urls, labels, diagnostics);
        InputFiles.ReportUnreadable(inputDirectory, site.Media.Select(m => m.InputPath), diagnostics);
        return site;
    }

    /// <summary>The resolver of the data stage, which puts tables and charts in place of their fences.</summary>
    public static DataBlockResolver DataResolver(LinkedSite site, LoadedContent content, IReadOnlyDictionary<string, DataLabels> labels) =>
        new(site, content.Tables, labels, DataTableLoader.Unloaded(content.Files, content.Tables));

    /// <summary>
    /// Render+Index: renders each planned page into <paramref name="sink"/> and cuts each chapter's and
    /// page's body into search sections; the body is taken from <paramref name="takeBody"/> and
    /// dropped once done. Pages run in parallel, each partition with its own <see cref="RenderWorker"/>.
    /// </summary>
    public RenderedSite RenderAndIndex(IReadOnlyList<PlannedPage> pages, LinkedSite site, SiteData data, Theme theme, Func<ContentPage, PageBody> takeBody,
        IPageSink sink, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var bodies = new HtmlBodyRenderer(pipeline, site.Config.TrustRawHtml, diagnostics);
        var views = new PageViewFactory(site, data, theme, bodies);
        var renderer = new PageRenderer(theme);
        var rendered = new RenderedPage?[pages.Count];
        var sections = new List<SearchSection>?[pages.Count];
        var units = RenderUnits.Of(pages);
        // Small ranges: pages differ widely in cost, and the last ones should not wait on one worker.
        var ranges = Partitioner.Create(0, units.Count, Math.Clamp(units.Count / (8 * Environment.ProcessorCount), 1, 16));
        // Parallel.ForEach ends and restarts its tasks every so often, each start taking a worker: idle
        // ones are taken again, so a worker's context and grown buffers serve the whole stage.
        var idle = new ConcurrentBag<RenderWorker>();
        // One worker per core: Parallel.ForEach would otherwise add threads while pages render, and more
        // workers than cores only share the cores (render 8% slower on 2 cores, docs/benchmarks.md).
        var options = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(ranges, options, () => idle.TryTake(out var free) ? free : new RenderWorker(renderer), (range, _, worker) =>
        {
            for (var u = range.Item1; u < range.Item2; u++)
            {
                // A chapter shown side by side or in a print edition is rendered once for its page and those, and dropped with its unit.
                var shared = new SharedBodies(bodies, takeBody, RenderUnits.KeepsBodies(pages, units[u]));
                foreach (var i in units[u])
                {
                    var page = pages[i];
                    (rendered[i], sections[i]) = InternalError.While(page.Content?.Document.Source.Path ?? UrlBuilder.OutputFile(page.SitePath), () =>
                    {
                        var body = page.Content is { } content ? takeBody(content) : null;
                        if (body is not null) shared.Add(page.Content!, body);
                        var view = page.ViewWith(views, body, shared);
                        string? html = null;
                        var ok = renderer.Render(view, worker.Templates, diagnostics, written => html = sink.TakePage(page.SitePath, written));
                        var found = body is null ? null : SearchIndex.SectionsOf(site, theme, page.Content!, body, worker.SearchText);
                        return (ok ? new RenderedPage(page.SitePath, page.Language, html, view.CanonicalUrl,
                            view.Alternates.Select(a => KeyValuePair.Create(a.Hreflang, a.Href)).ToList(), !view.NoIndex, view.LastModified) : null, found);
                    });
                }
            }
            return worker;
        }, idle.Add);
        var byPage = new Dictionary<ContentPage, IReadOnlyList<SearchSection>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < pages.Count; i++)
            if (pages[i].Content is { } content && sections[i] is { } found) byPage[content] = found;
        return new RenderedSite(rendered.OfType<RenderedPage>().ToList(), byPage);
    }

    /// <summary>What search engines and feed readers read: sitemap.xml, robots.txt, an Atom feed per language.</summary>
    public static IEnumerable<OutputFile> PublishingFiles(LinkedSite site, IReadOnlyList<RenderedPage> pages) =>
        [Sitemap.Write(pages), Sitemap.Robots(site.Urls.Absolute(UrlBuilder.SitemapPath)), .. site.Languages.Select(l => AtomFeed.Write(site, l))];

    /// <summary>The stylesheet with the running header of each print edition in the plan (<see cref="PrintEdition.RunningHeaderStyle"/>).</summary>
    public static IEnumerable<OutputFile> PrintFiles(IReadOnlyList<PlannedPage> plan, LinkedSite site) =>
        from page in plan
        where page.View == PlannedView.Print
        select new OutputFile(UrlBuilder.RunningHeaderPath(page.Language!, page.Report!.Id),
            System.Text.Encoding.UTF8.GetBytes(PrintEdition.RunningHeaderStyle.For(page.Report!.Config.Title.Get(page.Language!, site.Config.DefaultLanguage))));

    /// <summary>Every data table as CSV in every language, for the download links under tables and charts.</summary>
    public static IEnumerable<OutputFile> DataFiles(LinkedSite site, SiteData data, IReadOnlyDictionary<string, DataLabels> labels) =>
        from language in site.Languages
        from table in data.Tables.Values
        select InternalError.While(table.SourceFile, () =>
            new OutputFile(UrlBuilder.DataCsvPath(language, table.Name), System.Text.Encoding.UTF8.GetBytes(DataCsvWriter.Write(table, language, labels[language]))));
}

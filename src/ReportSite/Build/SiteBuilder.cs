using System.Diagnostics;
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
/// Runs a build: Load → Parse → Link → Render → Write, each stage taking the previous stage's
/// result. Diagnostics are collected throughout; when any is an error nothing is written and the
/// previous output stays as it was.
/// </summary>
public sealed class SiteBuilder
{
    private readonly Markdig.MarkdownPipeline _pipeline = ReportMarkdownPipeline.Create();

    internal Markdig.MarkdownPipeline Pipeline => _pipeline;

    public BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer();
        SiteGeneration? generation = null;
        Written? written = null;
        Exception? internalError = null;
        try
        {
            var prepared = Prepare(options, diagnostics, timer, CancellationToken.None);
            if (prepared is not null && options.WriteOutput
                && OutputSafety.Check(options.OutputDirectory, [prepared.InputDirectory, prepared.Theme.Directory], diagnostics))
            {
                // Pages go to the staging folder as they are rendered, so a big site is never held in memory;
                // the staging folder replaces the output only when the whole build succeeded.
                using var output = new StagedOutput(options.OutputDirectory);
                generation = Complete(prepared, diagnostics, timer, CancellationToken.None, output);
                if (!diagnostics.HasErrors) written = timer.Time("write", () => Write(generation, output));
            }
            else if (prepared is not null)
                generation = Complete(prepared, diagnostics, timer, CancellationToken.None, output: null);
        }
        catch (Exception ex) when (OutputWriteException.In(ex) is { } failure)
        {
            // Pages are written while rendering, inside a stage's per-file wrapper: the disk's refusal is not a bug.
            diagnostics.Error(DiagnosticCodes.UnwritableOutput, OutputSafety.Location(options.OutputDirectory),
                $"Could not write the output folder '{options.OutputDirectory}': {failure.Reason}",
                "Check that the folder's parent exists, is writable and that the disk has room; or choose another folder.");
            generation = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // No input may end a build with a stack trace: a bug becomes one error naming the file (the output is untouched).
            diagnostics.Add(InternalError.ToDiagnostic(ex));
            internalError = ex;
            generation = null;
        }
        return new BuildResult
        {
            InternalException = internalError,
            Diagnostics = diagnostics.Sorted(),
            Stages = timer.Stages,
            Site = generation?.Site,
            PagesByLanguage = written?.PagesByLanguage ?? [],
            FilesWritten = written?.Files ?? 0,
            Elapsed = clock.Elapsed,
        };
    }

    private sealed record Written(IReadOnlyList<KeyValuePair<string, int>> PagesByLanguage, int Files);

    /// <summary>
    /// Runs every stage but Write, keeping the pages in memory (the preview); null when the site
    /// cannot even be loaded. Renders even when content has errors, so template errors are reported
    /// in the same run. Cancelling stops between stages.
    /// </summary>
    public SiteGeneration? Generate(BuildOptions options, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancel)
    {
        try
        {
            var prepared = Prepare(options, diagnostics, timer, cancel);
            return prepared is null ? null : Complete(prepared, diagnostics, timer, cancel, output: null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !IsCancellation(ex))
        {
            diagnostics.Add(InternalError.ToDiagnostic(ex));
            return null;
        }
    }

    /// <summary>PLINQ reports a cancelled query as an OperationCanceledException, sometimes inside an AggregateException.</summary>
    private static bool IsCancellation(Exception ex) =>
        ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(e => e is OperationCanceledException);

    /// <summary>What the stages before Render produce: the loaded, parsed, linked site and its data.</summary>
    private sealed record PreparedSite(string InputDirectory, LoadedContent Content, Theme Theme, LinkedSite Site, SiteData Data, IReadOnlyDictionary<string, DataLabels> Labels);

    /// <summary>Load, Parse, Link and Data; null when the site or its theme cannot be loaded.</summary>
    private PreparedSite? Prepare(BuildOptions options, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancel)
    {
        var input = Path.GetFullPath(options.InputDirectory);
        var content = timer.Time("load", () => ContentLoader.Load(input, options.IncludeDrafts, diagnostics));
        if (content is null) return null;
        if (options.BaseUrl is { } given && UrlBuilder.BaseUrlProblem(given) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, SourceLocation.FileOnly(""), $"--base-url '{given}' {problem}.", Configuration.SiteConfigLoader.BaseUrlHint);
            return null;
        }
        var theme = timer.Time("theme", () =>
        {
            var directory = ThemeLocator.Find(content.Site.Theme, input, options.ThemeSearchPaths, diagnostics);
            return directory is null ? null : ThemeLoader.Load(directory, input, content.Site.Languages, content.Site.LanguagesLocation, diagnostics);
        });
        if (theme is null) return null;
        cancel.ThrowIfCancellationRequested();

        var documents = timer.Time("parse", () => content.Documents.AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(d => InternalError.While(d.Path, () => Parser.Parse(d, diagnostics, theme.Ids))).ToList());
        var urls = new UrlBuilder(options.BaseUrl ?? content.Site.BaseUrl);
        var site = timer.Time("link", () => SiteLinker.Link(content, documents, urls, diagnostics));
        InputFiles.ReportUnreadable(input, site.Media.Select(m => m.InputPath), diagnostics);
        var labels = theme.I18n.ToDictionary(t => t.Key, t => t.Value.DataLabels());
        var data = timer.Time("data", () =>
            new SiteData(content.Tables, content.Glossary, new DataBlockResolver(site, content.Tables, labels, DataTableLoader.Unloaded(content.Files, content.Tables)).Resolve(diagnostics)));
        cancel.ThrowIfCancellationRequested();
        return new PreparedSite(input, content, theme, site, data, labels);
    }

    /// <summary>
    /// Render, the search index and the other generated files. A build (<paramref name="output"/>,
    /// its staging folder) writes each page there as it is done and the search index's fragments as
    /// they are made, and lets go of each page's Markdown tree and text once the page is rendered:
    /// most of the memory of a big site, freed before the search index is built. Without it (the
    /// preview) everything is kept in memory.
    /// </summary>
    private SiteGeneration Complete(PreparedSite prepared, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancel, StagedOutput? output)
    {
        var (site, data, theme) = (prepared.Site, prepared.Data, prepared.Theme);
        // Each page's search text is taken as it is rendered, while its tree is there (a build then
        // releases the tree): the site never holds every tree and every page's text at once.
        var sectionsByPage = new System.Collections.Concurrent.ConcurrentDictionary<ContentPage, List<SearchSection>>(ReferenceEqualityComparer.Instance);
        PageWriter? write = output is null ? null : (sitePath, html) => output.WriteText(UrlBuilder.OutputFile(sitePath), html);
        var pages = timer.Time("render", () => Render(site, data, theme, diagnostics, cancel, write: write,
            rendered: page => sectionsByPage[page] = SearchIndex.SectionsOf(site, theme, page), releaseTrees: output is not null));
        var files = timer.Time("search index", () =>
            SearchIndex.Build(SearchIndex.Collect(site, page => sectionsByPage.TryRemove(page, out var sections) ? sections : []), cancel, output).ToList());
        files.AddRange(DataFiles(site, data, prepared.Labels));
        files.AddRange(PublishingFiles(site, pages));
        return new SiteGeneration
        {
            InputDirectory = prepared.InputDirectory,
            Content = prepared.Content,
            Theme = theme,
            Site = site,
            Data = data,
            Labels = prepared.Labels,
            Pages = pages,
            Files = files,
            Diagnostics = diagnostics.Sorted(),
        };
    }

    internal DocumentParser Parser { get; }

    public SiteBuilder() => Parser = new DocumentParser(_pipeline);

    /// <summary>
    /// Renders every page of the site, or only those whose site path <paramref name="only"/> accepts.
    /// Pages go to <paramref name="write"/> as they are rendered (their HTML is then not kept), or
    /// are kept in memory when it is null. Each chapter and page is then handed to
    /// <paramref name="rendered"/>, before <paramref name="releaseTrees"/> empties its Markdown tree.
    /// </summary>
    internal List<RenderedPage> Render(LinkedSite site, SiteData data, Theme theme, DiagnosticBag diagnostics, CancellationToken cancel,
        Func<string, bool>? only = null, PageWriter? write = null, Action<ContentPage>? rendered = null, bool releaseTrees = false)
    {
        var views = new PageViewFactory(site, data, theme, new HtmlBodyRenderer(_pipeline, site.Config.TrustRawHtml, diagnostics));
        var plan = new List<(string SitePath, string? Language, Func<PageView> View, ContentPage? Content)>
        {
            ("", null, views.Root, null),
            ("404.html", null, views.NotFound, null),
        };
        foreach (var language in site.Languages)
        {
            plan.Add((UrlBuilder.HomePath(language), language, () => views.Home(language), null));
            foreach (var report in site.Reports)
            {
                plan.Add((UrlBuilder.ReportPath(language, report.Id), language, () => views.ReportIndex(report, language), null));
                if (views.HasFigures(report, language))
                    plan.Add((UrlBuilder.FiguresPath(language, report.Id), language, () => views.Figures(report, language), null));
            }
            if (data.Glossary is not null)
                plan.Add((UrlBuilder.GlossaryPath(language), language, () => views.Glossary(language), null));
            plan.Add((UrlBuilder.SearchPath(language), language, () => views.Search(language), null));
        }
        foreach (var page in site.Content)
            plan.Add((page.SitePath, page.Language,
                page.Kind == ContentKind.Chapter ? () => views.Chapter(page) : () => views.Page(page), page));

        var renderer = new PageRenderer(theme);
        return plan.Where(p => only is null || only(p.SitePath)).AsParallel().AsOrdered().WithCancellation(cancel)
            .Select(p => InternalError.While(p.Content?.Document.Source.Path ?? UrlBuilder.OutputFile(p.SitePath), () =>
            {
                var view = p.View();
                string? html = null;
                var ok = write is null
                    ? renderer.Render(view, diagnostics, page => html = new string(page))
                    : renderer.Render(view, diagnostics, page => write(p.SitePath, page));
                if (p.Content is { } content)
                {
                    rendered?.Invoke(content);
                    // A page's tree and text are read by its own page only (others use what parsing extracted).
                    if (releaseTrees) content.Document.Release();
                }
                return ok
                    ? new RenderedPage(p.SitePath, p.Language, html, view.CanonicalUrl,
                        view.Alternates.Select(a => KeyValuePair.Create(a.Hreflang, a.Href)).ToList(), !view.NoIndex)
                    : null;
            }))
            .OfType<RenderedPage>()
            .ToList();
    }

    /// <summary>What search engines and feed readers read: sitemap.xml, robots.txt, an Atom feed per language.</summary>
    internal static IEnumerable<OutputFile> PublishingFiles(LinkedSite site, IReadOnlyList<RenderedPage> pages) =>
        [Sitemap.Write(pages), Sitemap.Robots(site.Urls.Absolute(Sitemap.Path)), .. site.Languages.Select(l => AtomFeed.Write(site, l))];

    /// <summary>Every data table as CSV in every language, for the download links under tables and charts.</summary>
    private static IEnumerable<OutputFile> DataFiles(LinkedSite site, SiteData data, IReadOnlyDictionary<string, DataLabels> labels) =>
        from language in site.Languages
        from table in data.Tables.Values
        select InternalError.While(table.SourceFile, () =>
            new OutputFile(DataBlockResolver.CsvPath(language, table.Name), System.Text.Encoding.UTF8.GetBytes(DataCsvWriter.Write(table, language, labels[language]))));

    /// <summary>Writes what is not yet in the staging folder (pages are) and swaps it in.</summary>
    private static Written Write(SiteGeneration generation, StagedOutput output)
    {
        var (pages, files, site, theme) = (generation.Pages, generation.Files, generation.Site, generation.Theme);
        Parallel.ForEach(files, file => output.WriteBytes(file.SitePath, file.Content));
        foreach (var media in site.Media)
            output.CopyFile(Path.Combine(generation.InputDirectory, media.InputPath), media.SitePath);
        foreach (var asset in theme.Assets)
            output.CopyFile(Path.Combine(theme.Directory, asset.Path), asset.SitePath);
        var written = output.FilesWritten;
        output.Commit();
        var perLanguage = site.Languages
            .Select(l => KeyValuePair.Create(l, pages.Count(p => p.Language == l))).ToList();
        return new Written(perLanguage, written);
    }
}

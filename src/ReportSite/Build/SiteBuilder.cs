using System.Diagnostics;
using ReportSite.Content;
using ReportSite.Data;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown;
using ReportSite.Output;
using ReportSite.Search;
using ReportSite.Templating;

namespace ReportSite.Build;

/// <summary>
/// Runs a build: Load → Theme → Parse → Link → Data → Render+Index → Search index → Write, each
/// stage taking the previous stages' results (<see cref="Run"/> lists them in order). Diagnostics are
/// collected throughout; when any is an error nothing is written and the previous output stays as it was.
/// </summary>
public sealed class SiteBuilder
{
    public SiteBuilder() => Stages = new BuildStages(ReportMarkdownPipeline.Create());

    internal BuildStages Stages { get; }

    /// <summary>
    /// Builds the site; cancelling (Ctrl+C) stops it at the next page or file, removes its staging
    /// folder and leaves the output as it was (<see cref="BuildResult.Interrupted"/>).
    /// </summary>
    public BuildResult Build(BuildOptions options, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer();
        Outcome? outcome = null;
        Exception? internalError = null;
        var interrupted = false;
        try
        {
            outcome = Run(options, diagnostics, timer, cancel);
        }
        catch (Exception ex) when (cancel.IsCancellationRequested && (ex is OperationCanceledException || IsCancellation(ex)))
        {
            interrupted = true;
        }
        catch (Exception ex) when (OutputWriteException.In(ex) is { } failure)
        {
            // Pages are written while rendering, inside a stage's per-file wrapper: the disk's refusal is not a bug.
            diagnostics.Error(DiagnosticCodes.UnwritableOutput, OutputSafety.Location(options.OutputDirectory),
                $"Could not write the output folder '{options.OutputDirectory}': {failure.Reason}",
                "Check that the folder's parent exists, is writable and that the disk has room; or choose another folder.");
            outcome = null;
        }
        catch (Exception ex)
        {
            // No input may end a build with a stack trace: a bug becomes one error naming the file (the output is untouched).
            diagnostics.Add(InternalError.ToDiagnostic(ex));
            internalError = ex;
            outcome = null;
        }
        return new BuildResult
        {
            InternalException = internalError,
            Interrupted = interrupted,
            Diagnostics = diagnostics.Sorted(),
            Stages = timer.Stages,
            Site = outcome?.Generation.Site,
            PagesByLanguage = outcome?.Written?.PagesByLanguage ?? [],
            FilesWritten = outcome?.Written?.Files ?? 0,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Runs every stage but Write, keeping the pages in memory (the preview); null when the site
    /// cannot even be loaded. Renders even when content has errors, so template errors are reported
    /// in the same run. Cancelling stops between stages.
    /// </summary>
    public SiteGeneration? Generate(BuildOptions options, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancel)
    {
        try
        {
            return Run(options with { WriteOutput = false }, diagnostics, timer, cancel)?.Generation;
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

    private sealed record Outcome(SiteGeneration Generation, WrittenOutput? Written);

    /// <summary>The stages in order; null when the site or its theme cannot be loaded.</summary>
    private Outcome? Run(BuildOptions options, DiagnosticBag diagnostics, StageTimer timer, CancellationToken cancel)
    {
        var inputDirectory = Path.GetFullPath(options.InputDirectory);
        var input = timer.Time("load", () => ContentLoader.Load(inputDirectory, options.IncludeDrafts, diagnostics));
        if (input is null || !BaseUrlIsValid(options, diagnostics) || !RepoUrlIsValid(options, diagnostics)) return null;
        var content = WithRepository(input.Content, options);
        var theme = timer.Time("theme", () => LoadTheme(content, inputDirectory, options, diagnostics));
        if (theme is null) return null;
        cancel.ThrowIfCancellationRequested();
        Stages.Formulas.BeginBuild(options.CacheDirectory is { } cache ? Markdown.Mathematics.FormulaCache.For(cache, inputDirectory) : null);
        var bodies = timer.Time("parse", () =>
        {
            var parsed = Stages.Parse(input.TakeTexts(), theme, diagnostics, cancel);
            Stages.Formulas.SaveCache();
            return parsed;
        });
        cancel.ThrowIfCancellationRequested();
        var labels = theme.I18n.ToDictionary(t => t.Key, t => t.Value.DataLabels());
        var site = timer.Time("link", () => BuildStages.Link(content, bodies, inputDirectory, new UrlBuilder(options.BaseUrl ?? content.Site.BaseUrl), labels, diagnostics));
        var data = timer.Time("data", () => new SiteData(content.Tables, content.Glossary, BuildStages.DataResolver(site, content, labels).Resolve(bodies.Of, diagnostics)));
        cancel.ThrowIfCancellationRequested();
        var plan = SitePlan.For(site, data, SideBySide.ParallelPairs.Shown(theme), PrintEdition.PrintEditions.Shown(theme)).Pages;
        using var sink = SinkFor(options, inputDirectory, theme, diagnostics, options.PdfPrinter is { } printer
            ? (generation, staged) => timer.Time("pdf", () => PdfStage.Run(printer, plan, generation, Stages, staged, diagnostics, cancel))
            : null);
        var rendered = timer.Time("render", () => Stages.RenderAndIndex(plan, site, data, theme, bodies.Take, sink, diagnostics, cancel));
        var files = timer.Time("search index", () => sink.SearchIndex(SearchIndex.Collect(site, rendered.SectionsOf), cancel).ToList());
        files.AddRange(BuildStages.DataFiles(site, data, labels));
        files.AddRange(BuildStages.PrintFiles(plan, site));
        files.AddRange(BuildStages.PublishingFiles(site, rendered.Pages));
        var generation = new SiteGeneration
        {
            InputDirectory = inputDirectory, Content = content, Theme = theme, Site = site, Data = data, Labels = labels,
            Pages = rendered.Pages, Files = files, Diagnostics = diagnostics.Sorted(),
        };
        var written = diagnostics.HasErrors ? null : timer.Time("write", () => sink.Complete(generation, cancel));
        return new Outcome(generation, written);
    }

    private static bool BaseUrlIsValid(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.BaseUrl is not { } given || UrlBuilder.BaseUrlProblem(given) is not { } problem) return true;
        diagnostics.Error(DiagnosticCodes.WrongType, SourceLocation.FileOnly(""), $"--base-url '{given}' {problem}.", Configuration.SiteConfigLoader.BaseUrlHint);
        return false;
    }

    private static bool RepoUrlIsValid(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.RepoUrl is not { } given || Configuration.SiteConfigLoader.RepoUrlProblem(given) is not { } problem) return true;
        diagnostics.Error(DiagnosticCodes.WrongType, SourceLocation.FileOnly(""), $"--repo-url '{given}' {problem}.", Configuration.SiteConfigLoader.RepoUrlHint);
        return false;
    }

    /// <summary>The content with the repository the command line names, if it names one, in place of site.yaml's.</summary>
    private static LoadedContent WithRepository(LoadedContent content, BuildOptions options) =>
        options.RepoUrl is null && options.RepoBranch is null ? content : content with
        {
            Site = content.Site with
            {
                RepoUrl = options.RepoUrl?.TrimEnd('/') ?? content.Site.RepoUrl,
                RepoBranch = options.RepoBranch is { Length: > 0 } branch ? branch : content.Site.RepoBranch,
            },
        };

    private static Theme? LoadTheme(LoadedContent content, string inputDirectory, BuildOptions options, DiagnosticBag diagnostics)
    {
        var layers = ThemeLocator.Find(content.Site.Theme, inputDirectory, options.ThemeSearchPaths, diagnostics);
        return layers is null ? null : ThemeLoader.Load(layers, inputDirectory, content.Site.Languages, content.Site.LanguagesLocation, diagnostics);
    }

    /// <summary>
    /// A build writes to a staging folder (swapped in at the end); a check, the preview, and a build
    /// whose output folder is refused (reported) keep everything in memory, so every stage still reports.
    /// </summary>
    private static IPageSink SinkFor(BuildOptions options, string inputDirectory, Theme theme, DiagnosticBag diagnostics,
        Func<SiteGeneration, StagedOutput, bool>? finish) =>
        options.WriteOutput && OutputSafety.Check(options.OutputDirectory, [inputDirectory, .. theme.Layers], diagnostics)
            ? new StagingSink(new StagedOutput(options.OutputDirectory), finish, options.RemovePreviousOutput)
            : new MemorySink();
}

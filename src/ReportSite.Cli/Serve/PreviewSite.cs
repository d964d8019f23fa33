using System.Diagnostics;
using System.Threading.Channels;
using ReportSite.Build;
using ReportSite.Diagnostics;
using ReportSite.Output;

namespace ReportSite.Cli.Serve;

/// <summary>
/// The site as the preview serves it: the last good build in memory, rebuilt as files change. A
/// change to the text of chapters takes the incremental fast path; anything else, and a reconciling
/// full build a moment after the last change, rebuilds everything in the background. The served
/// snapshot is replaced only by a complete, error-free build, so nobody sees a half-built site.
/// </summary>
public sealed class PreviewSite : IAsyncDisposable
{
    /// <summary>How long the site must be quiet after a fast update before the full build reconciles it.</summary>
    public static readonly TimeSpan ReconcileDelay = TimeSpan.FromSeconds(1);

    private readonly BuildOptions _options;
    private readonly Action<string> _log;
    private readonly SiteBuilder _builder = new();
    private readonly IncrementalRebuild _incremental;
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>();
    private readonly CancellationTokenSource _stop = new();
    private CancellationTokenSource? _fullBuild;
    private Task? _loop;
    private SiteGeneration? _generation;
    private volatile SiteSnapshot? _snapshot;
    private volatile IReadOnlyList<Diagnostic> _diagnostics = [];
    private long _version;

    public PreviewSite(BuildOptions options, Action<string> log)
    {
        _options = options with { WriteOutput = false };
        _log = log;
        _incremental = new IncrementalRebuild(_builder);
    }

    public string InputDirectory => _options.InputDirectory;

    /// <summary>A batch of changed files: input-relative paths, or a change that needs a full build.</summary>
    public sealed record Change(IReadOnlyCollection<string> InputPaths, bool NeedsFullBuild);

    /// <summary>The last complete build without errors, or null before there is one.</summary>
    public SiteSnapshot? Snapshot => _snapshot;

    /// <summary>The diagnostics of the latest build (which may have failed and not be served).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public PreviewState State => new(Interlocked.Read(ref _version), _diagnostics.Any(d => d.Severity == Severity.Error));

    /// <summary>Raised after every rebuild, successful or not.</summary>
    public event Action<PreviewState>? Changed;

    /// <summary>Builds the site once, then starts handling changes.</summary>
    public void Start()
    {
        FullBuild(CancellationToken.None, announce: false);
        _loop = Task.Run(Loop);
    }

    public void Notify(Change change)
    {
        _fullBuild?.Cancel(); // a running full build is out of date: stop it and start over
        _changes.Writer.TryWrite(change);
    }

    private async Task Loop()
    {
        var reconcile = false;
        while (!_stop.IsCancellationRequested)
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            var full = false;
            try
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                if (reconcile) idle.CancelAfter(ReconcileDelay);
                var change = await _changes.Reader.ReadAsync(idle.Token);
                Collect(change, paths, ref full);
                await Task.Delay(50, _stop.Token); // editors save in bursts (temp file, rename): take them as one
                while (_changes.Reader.TryRead(out change)) Collect(change, paths, ref full);
            }
            catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
            {
                reconcile = false;
                RunFullBuild(announce: false);
                continue;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (!full && _generation is { } current && TryFast(current, paths)) reconcile = true;
                else
                {
                    reconcile = false;
                    RunFullBuild(announce: true);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The preview must outlive any build: report it, keep serving the last good site, wait for the next change.
                reconcile = false;
                Fail([InternalError.ToDiagnostic(ex)]);
            }
        }
    }

    private static void Collect(Change change, HashSet<string> paths, ref bool full)
    {
        full |= change.NeedsFullBuild;
        paths.UnionWith(change.InputPaths);
    }

    private bool TryFast(SiteGeneration current, IReadOnlyCollection<string> paths)
    {
        var clock = Stopwatch.StartNew();
        IncrementalRebuild.Update? update;
        // A file still being written, or anything else the fast path did not expect: the full build reads and reports it.
        try { update = _incremental.TryApply(current, paths); }
        catch (Exception ex) when (ex is not OperationCanceledException) { update = null; }
        if (update is null) return false;
        Publish(update.Generation, update.Pages, basedOn: current);
        _log($"Updated {string.Join(", ", paths)}: {update.Pages.Count} pages re-rendered in {clock.ElapsedMilliseconds} ms.");
        return true;
    }

    private void RunFullBuild(bool announce)
    {
        _fullBuild = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        try { FullBuild(_fullBuild.Token, announce); }
        catch (OperationCanceledException) { _log("Full build interrupted by a newer change."); }
        finally { _fullBuild = null; }
    }

    private void FullBuild(CancellationToken cancel, bool announce)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var generation = _builder.Generate(_options, diagnostics, new StageTimer(), cancel);
        if (generation is null)
        {
            Fail(diagnostics.Sorted());
            return;
        }
        Publish(generation, pages: null, basedOn: null, announce);
        _log($"Built {generation.Pages.Count} pages in {clock.ElapsedMilliseconds} ms" +
             (generation.HasErrors ? $"; {DiagnosticPrinter.Counts(generation.Diagnostics)}, still serving the last good build." : "."));
    }

    /// <summary>A build that produced no site: its problems are shown, the last good site stays served.</summary>
    private void Fail(IReadOnlyList<Diagnostic> diagnostics)
    {
        LogNew(diagnostics);
        _diagnostics = diagnostics;
        Interlocked.Increment(ref _version);
        Changed?.Invoke(State);
        _log($"Build failed: {DiagnosticPrinter.Counts(diagnostics)}.");
    }

    /// <summary>
    /// Logs every error of a build, and the warnings the previous build did not have (the ones the
    /// editor just caused; those already shown would drown them).
    /// </summary>
    private void LogNew(IReadOnlyList<Diagnostic> diagnostics)
    {
        var shown = _diagnostics.ToHashSet();
        foreach (var diagnostic in diagnostics)
            if (diagnostic.Severity == Severity.Error || !shown.Contains(diagnostic))
                _log(diagnostic.Format(DiagnosticPrinter.DisplayPath(InputDirectory, diagnostic.File)));
    }

    /// <param name="generation">The new build.</param>
    /// <param name="pages">The pages it re-rendered (fast path), or null when everything was built.</param>
    /// <param name="basedOn">The generation the fast path started from.</param>
    /// <param name="announce">Whether open pages should reload (not for the quiet reconciling build).</param>
    private void Publish(SiteGeneration generation, IReadOnlyList<RenderedPage>? pages, SiteGeneration? basedOn, bool announce = true)
    {
        LogNew(generation.Diagnostics);
        var hadErrors = State.HasErrors;
        _generation = generation;
        _diagnostics = generation.Diagnostics;
        if (!generation.HasErrors)
        {
            // Patch the served snapshot only when it shows exactly the build the fast path started from.
            var previous = _snapshot;
            _snapshot = pages is not null && previous is not null && ReferenceEquals(previous.Generation, basedOn)
                ? previous.With(generation, pages)
                : SiteSnapshot.From(generation);
        }
        if (announce || generation.HasErrors || hadErrors)
        {
            Interlocked.Increment(ref _version);
            Changed?.Invoke(State);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _changes.Writer.TryComplete();
        if (_loop is not null)
        {
            try { await _loop; } catch (OperationCanceledException) { /* stopping */ }
        }
    }
}

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// The Temml engines of one <see cref="MathTypesetter"/>: made only when a formula needs converting,
/// at most one per core (an engine serves one thread at a time and goes back to the pool), all running
/// the script parsed once.
/// </summary>
internal sealed class TemmlPool
{
    private readonly Lazy<Jint.Prepared<Acornima.Ast.Script>> _script = new(TemmlEngine.Prepare, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly System.Collections.Concurrent.ConcurrentBag<TemmlEngine> _idle = [];
    private readonly SemaphoreSlim _engines = new(Environment.ProcessorCount);

    /// <summary>Whether Temml was loaded: never, while no formula needed converting.</summary>
    public bool Loaded => _script.IsValueCreated;

    /// <summary>Converts one formula on a free engine, making one when none is free and a core is.</summary>
    public (string? MathMl, string? Error) Render(string tex, bool display)
    {
        _engines.Wait();
        var engine = _idle.TryTake(out var free) ? free : new TemmlEngine(_script.Value);
        try
        {
            return engine.Render(tex, display);
        }
        finally
        {
            _idle.Add(engine);
            _engines.Release();
        }
    }
}

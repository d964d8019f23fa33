using System.Diagnostics;

namespace ReportSite.Build;

/// <summary>Times the stages of a build (as Zola does), for <c>reportsite build --timings</c> and benchmarks.</summary>
public sealed class StageTimer
{
    private readonly List<KeyValuePair<string, TimeSpan>> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Runs one stage and records how long it took.</summary>
    public T Time<T>(string stage, Func<T> run)
    {
        var start = _clock.Elapsed;
        var result = run();
        _stages.Add(KeyValuePair.Create(stage, _clock.Elapsed - start));
        return result;
    }

    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Stages => _stages;
}

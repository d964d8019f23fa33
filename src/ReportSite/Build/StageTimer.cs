using System.Diagnostics;

namespace ReportSite.Build;

/// <summary>Times the stages of a build (as Zola does), for <c>reportsite build --timings</c> and benchmarks.</summary>
public sealed class StageTimer
{
    private readonly List<StageTime> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Runs one stage and records how long it took, in wall time and in processor time of the whole process.</summary>
    public T Time<T>(string stage, Func<T> run)
    {
        var start = _clock.Elapsed;
        var processorStart = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedStart = GC.GetTotalAllocatedBytes();
        var pausedStart = GC.GetTotalPauseDuration();
        var result = run();
        _stages.Add(new StageTime(stage, _clock.Elapsed - start, Process.GetCurrentProcess().TotalProcessorTime - processorStart,
            GC.GetTotalAllocatedBytes() - allocatedStart, GC.GetTotalPauseDuration() - pausedStart));
        return result;
    }

    public IReadOnlyList<StageTime> Stages => _stages;
}

/// <summary>
/// How long a stage took, how many bytes it allocated (what drives garbage collection) and how long
/// the garbage collector paused it; <see cref="Cores"/> is how many processors it kept busy on average.
/// </summary>
public sealed record StageTime(string Stage, TimeSpan Wall, TimeSpan Processor, long Allocated, TimeSpan GcPause)
{
    public double Cores => Wall > TimeSpan.Zero ? Processor / Wall : 0;
}

using System.Runtime.CompilerServices;
using ReportSite.Build;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Build;

/// <summary>Rendering keeps its reusable buffers in one worker per partition, not on the thread pool's threads.</summary>
public sealed class WorkerStateTests
{
    [Fact]
    public void Nothing_of_a_finished_build_stays_alive_on_pool_threads()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var theme = GenerateAndForget(site);
        for (var i = 0; i < 3 && theme.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(theme.IsAlive, "The build's theme (and its template contexts) outlived the build.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference GenerateAndForget(TestSite site)
    {
        var generation = new SiteBuilder().Generate(new BuildOptions
        {
            InputDirectory = site.Input,
            OutputDirectory = site.Output,
            ThemeSearchPaths = [RepoPaths.Themes],
        }, new DiagnosticBag(), new StageTimer(), CancellationToken.None)!;
        return new WeakReference(generation.Theme);
    }
}

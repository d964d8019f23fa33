using ReportSite.Build;
using ReportSite.Diagnostics;

namespace ReportSite.Benchmarks;

/// <summary>The repository's example site (input/), generated once in memory, as the benchmarks' realistic input.</summary>
internal static class ExampleSite
{
    private static readonly Lazy<SiteGeneration> Generation = new(() =>
    {
        var root = Repository();
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            OutputDirectory = Path.Combine(Path.GetTempPath(), "reportsite-benchmarks"),
            ThemeSearchPaths = [Path.Combine(root, "themes")],
            WriteOutput = false,
        };
        return new SiteBuilder().Generate(options, new DiagnosticBag(), new StageTimer(), CancellationToken.None)
            ?? throw new InvalidOperationException("The example site did not load.");
    });

    public static SiteGeneration Get() => Generation.Value;

    public static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ReportSite.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}

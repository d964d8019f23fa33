using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using ReportSite.Build;
using ReportSite.Diagnostics;
using ReportSite.Output;

namespace ReportSite.Cli;

/// <summary><c>reportsite build</c>: builds the site once and prints a one-line summary.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the site: a new or empty folder, or an earlier output; replaced as a whole when the build succeeds.",
            DefaultValueFactory = _ => "_site",
        };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took." };
        var command = new Command("build", "Build the site from Markdown and YAML into static HTML.");
        site.AddTo(command);
        command.Add(output);
        command.Add(timings);
        command.SetAction(parse => UnexpectedErrors.Run(CommandOutput.Of(parse), parse.GetRequiredValue(site.Input), () => Run(new BuildOptions
        {
            InputDirectory = parse.GetRequiredValue(site.Input),
            OutputDirectory = parse.GetRequiredValue(output),
            BaseUrl = parse.GetValue(site.BaseUrl),
            IncludeDrafts = parse.GetValue(site.Drafts),
            ThemeSearchPaths = SiteOptions.BuiltInThemes,
        }, parse.GetValue(timings), CommandOutput.Of(parse))));
        return command;
    }

    private static int Run(BuildOptions options, bool timings, CommandOutput console)
    {
        // Ctrl+C or a CI job's SIGTERM ends the process mid-build: remove the staging folder first
        // (the default handling, ending the process, follows).
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => StagedOutput.RemoveUnfinished());
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => StagedOutput.RemoveUnfinished());
        var result = new SiteBuilder().Build(options);
        if (timings)
        {
            foreach (var stage in result.Stages)
                console.Out.WriteLine($"  {stage.Stage,-13} {stage.Wall.TotalMilliseconds,8:0} ms  {stage.Cores,4:0.0} cores {stage.Allocated / (1024 * 1024),7:0} MB allocated");
            console.Out.WriteLine($"  {"gc pauses",-13} {GC.GetTotalPauseDuration().TotalMilliseconds,8:0} ms (collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB)");
        }
        DiagnosticPrinter.Print(result.Diagnostics, options.InputDirectory, DiagnosticPrinter.Text, console);
        UnexpectedErrors.PrintStackTraceIfDebugging(result.InternalException, console);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var problems = DiagnosticPrinter.Counts(result.Diagnostics);
        var outputShown = TerminalText.Escape(options.OutputDirectory);
        if (!result.Succeeded)
        {
            console.Out.WriteLine($"Build failed: {problems}; {outputShown} left unchanged ({seconds} s).");
            return 1;
        }
        var pages = string.Join(", ", result.PagesByLanguage.Select(p => $"{p.Key} {p.Value}"));
        console.Out.WriteLine($"Built {result.PagesByLanguage.Sum(p => p.Value)} pages ({pages}), {result.FilesWritten} files in {outputShown} in {seconds} s; {problems}.");
        return 0;
    }
}

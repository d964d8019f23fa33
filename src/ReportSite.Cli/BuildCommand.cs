using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using ReportSite.Build;
using ReportSite.Diagnostics;

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
        var pdf = new Option<bool>("--pdf")
        {
            Description = "Also print each report's print edition to /<lang>/<report>/<report>.pdf, with the machine's Chromium or Chrome.",
        };
        var browser = new Option<string?>("--browser")
        {
            Description = $"The Chromium or Chrome that --pdf prints with (else ${Pdf.BrowserLocator.Variable}, else chromium, chromium-browser, google-chrome or google-chrome-stable on the PATH).",
        };
        var command = new Command("build", "Build the site from Markdown and YAML into static HTML.");
        site.AddTo(command);
        command.Add(output);
        command.Add(timings);
        command.Add(pdf);
        command.Add(browser);
        command.SetAction(parse => UnexpectedErrors.Run(CommandOutput.Of(parse), parse.GetRequiredValue(site.Input), () => Run(new BuildOptions
        {
            InputDirectory = parse.GetRequiredValue(site.Input),
            OutputDirectory = parse.GetRequiredValue(output),
            BaseUrl = parse.GetValue(site.BaseUrl),
            RepoUrl = parse.GetValue(site.RepoUrl),
            RepoBranch = parse.GetValue(site.RepoBranch),
            IncludeDrafts = parse.GetValue(site.Drafts),
            CacheDirectory = site.CacheDirectory(parse),
            ThemeSearchPaths = SiteOptions.BuiltInThemes,
            RemovePreviousOutput = PreviousOutputRemover.Start,
            PdfPrinter = parse.GetValue(pdf) ? new Pdf.ChromiumPdfPrinter(Pdf.BrowserLocator.Find(parse.GetValue(browser),
                Environment.GetEnvironmentVariable(Pdf.BrowserLocator.Variable), Environment.GetEnvironmentVariable("PATH"))) : null,
        }, parse.GetValue(timings), CommandOutput.Of(parse))));
        return command;
    }

    private static int Run(BuildOptions options, bool timings, CommandOutput console)
    {
        // Ctrl+C or a CI job's SIGTERM stops the build at its next page or file: its staging folder is
        // removed and the output stays as it was. A second signal ends the process at once (the staging
        // folder, marked, is then removed by the next build).
        using var stop = new CancellationTokenSource();
        PosixSignal? received = null;
        void Interrupt(PosixSignalContext signal)
        {
            if (stop.IsCancellationRequested) return;
            signal.Cancel = true;
            received = signal.Signal;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        var result = new SiteBuilder().Build(options, stop.Token);
        if (timings)
        {
            foreach (var stage in result.Stages)
                console.Out.WriteLine($"  {stage.Stage,-13} {stage.Wall.TotalMilliseconds,8:0} ms  {stage.Cores,4:0.0} cores {stage.Allocated / (1024 * 1024),7:0} MB allocated {stage.GcPause.TotalMilliseconds,6:0} ms gc pauses");
            console.Out.WriteLine($"  {"gc pauses",-13} {GC.GetTotalPauseDuration().TotalMilliseconds,8:0} ms (collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB)");
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outputShown = TerminalText.Escape(options.OutputDirectory);
        if (result.Interrupted)
        {
            // What the stages found so far is partial: the next build reports it whole.
            console.Out.WriteLine($"Build interrupted; {outputShown} left unchanged ({seconds} s).");
            return received == PosixSignal.SIGTERM ? 143 : 130; // 128 + the signal's number, as shells report it
        }
        DiagnosticPrinter.Print(result.Diagnostics, options.InputDirectory, DiagnosticPrinter.Text, console);
        UnexpectedErrors.PrintStackTraceIfDebugging(result.InternalException, console);
        var problems = DiagnosticPrinter.Counts(result.Diagnostics);
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

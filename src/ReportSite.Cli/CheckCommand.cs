using System.CommandLine;
using System.Globalization;
using ReportSite.Build;
using ReportSite.Diagnostics;

namespace ReportSite.Cli;

/// <summary>
/// <c>reportsite check</c>: runs every stage of a build and reports all problems, writing nothing.
/// With <c>--translations</c>, prints the translation status of every report.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (exit code 1 when there is any)." };
        var format = new Option<string>("--format")
        {
            Description = "How to print problems: text, or github for GitHub Actions annotations on the pull request.",
            DefaultValueFactory = _ => DiagnosticPrinter.Text,
        };
        format.AcceptOnlyFromAmong(DiagnosticPrinter.Text, DiagnosticPrinter.GitHub);

        var command = new Command("check", "Check the site for problems without writing any output.");
        site.AddTo(command);
        command.Add(strict);
        command.Add(format);
        command.SetAction(parse => Run(
            new BuildOptions
            {
                InputDirectory = parse.GetRequiredValue(site.Input),
                OutputDirectory = "",
                WriteOutput = false,
                BaseUrl = parse.GetValue(site.BaseUrl),
                IncludeDrafts = parse.GetValue(site.Drafts),
                ThemeSearchPaths = SiteOptions.BuiltInThemes,
            },
            parse.GetValue(strict),
            parse.GetRequiredValue(format)));
        return command;
    }

    private static int Run(BuildOptions options, bool strict, string format)
    {
        var result = new SiteBuilder().Build(options);
        var diagnostics = strict
            ? result.Diagnostics.Select(d => d with { Severity = Severity.Error }).ToList()
            : result.Diagnostics;
        DiagnosticPrinter.Print(diagnostics, options.InputDirectory, format);
        var failed = diagnostics.Any(d => d.Severity == Severity.Error);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine($"Check {(failed ? "failed" : "passed")}: {DiagnosticPrinter.Counts(diagnostics)}{(strict ? " (strict)" : "")} in {seconds} s.");
        return failed ? 1 : 0;
    }
}

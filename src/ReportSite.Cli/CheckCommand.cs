using ReportSite.Content;
using System.CommandLine;
using System.Globalization;
using ReportSite.Build;
using ReportSite.Diagnostics;
using ReportSite.Translations;

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
        var translations = new Option<bool>("--translations") { Description = "Print the translation status of every chapter: ok, missing, stale or possibly stale." };
        var stamp = new Option<string?>("--stamp")
        {
            Description = "With --translations: record in FILE's front matter the hash of the original it was translated from (translated_from).",
            HelpName = "FILE",
        };

        var command = new Command("check", "Check the site for problems without writing any output.");
        site.AddTo(command);
        command.Add(strict);
        command.Add(format);
        command.Add(translations);
        command.Add(stamp);
        command.Validators.Add(result =>
        {
            if (result.GetValue(stamp) is not null && !result.GetValue(translations)) result.AddError("--stamp goes with --translations.");
        });
        command.SetAction(parse => UnexpectedErrors.Run(CommandOutput.Of(parse), parse.GetRequiredValue(site.Input), () => Run(
            new BuildOptions
            {
                InputDirectory = parse.GetRequiredValue(site.Input),
                OutputDirectory = "",
                WriteOutput = false,
                BaseUrl = parse.GetValue(site.BaseUrl),
                RepoUrl = parse.GetValue(site.RepoUrl),
                RepoBranch = parse.GetValue(site.RepoBranch),
                IncludeDrafts = parse.GetValue(site.Drafts),
                CacheDirectory = site.CacheDirectory(parse),
                ThemeSearchPaths = SiteOptions.BuiltInThemes,
            },
            parse.GetValue(strict),
            parse.GetRequiredValue(format),
            parse.GetValue(translations),
            parse.GetValue(stamp),
            CommandOutput.Of(parse))));
        return command;
    }

    private static int Run(BuildOptions options, bool strict, string format, bool translations, string? stamp, CommandOutput console)
    {
        if (stamp is not null && !Stamp(options, stamp, console)) return 1;
        var result = new SiteBuilder().Build(options);
        var diagnostics = strict
            ? result.Diagnostics.Select(d => d with { Severity = Severity.Error }).ToList()
            : result.Diagnostics;
        DiagnosticPrinter.Print(diagnostics, options.InputDirectory, format, console);
        UnexpectedErrors.PrintStackTraceIfDebugging(result.InternalException, console);
        var failed = diagnostics.Any(d => d.Severity == Severity.Error);
        if (translations && result.Site is { } site)
        {
            var git = GitHistory.Read(options.InputDirectory, out var unavailable);
            TranslationTablePrinter.Print(TranslationStatusReport.Build(site, git), site.Languages, unavailable, console.Out);
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        console.Out.WriteLine($"Check {(failed ? "failed" : "passed")}: {DiagnosticPrinter.Counts(diagnostics)}{(strict ? " (strict)" : "")} in {seconds} s.");
        return failed ? 1 : 0;
    }

    /// <summary>Stamps one translation; the check that follows then sees the new stamp.</summary>
    private static bool Stamp(BuildOptions options, string file, CommandOutput console)
    {
        var site = new SiteBuilder().Build(options).Site;
        if (site is null)
        {
            console.Error.WriteLine($"Cannot stamp {TerminalText.Escape(file)}: the site did not load; run 'reportsite check' to see why.");
            return false;
        }
        var outcome = TranslationStamper.Stamp(site, options.InputDirectory, file);
        (outcome.Stamp is null ? console.Error : console.Out).WriteLine(TerminalText.Escape(outcome.Message));
        return outcome.Stamp is not null;
    }
}

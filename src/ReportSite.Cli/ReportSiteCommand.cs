using System.CommandLine;

namespace ReportSite.Cli;

/// <summary>The <c>reportsite</c> command and its subcommands.</summary>
public static class ReportSiteCommand
{
    public static RootCommand Create() => new("ReportSite: static site generator for bilingual (Chinese + English) report websites.")
    {
        BuildCommand.Create(),
        CheckCommand.Create(),
        Serve.ServeCommand.Create(),
        NewCommand.Create(),
        ThemeCommand.Create(),
        PreviousOutputRemover.Create(),
    };
}

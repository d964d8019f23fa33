using System.CommandLine;
using ReportSite.Cli;

var root = new RootCommand("ReportSite: static site generator for bilingual (Chinese + English) report websites.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
};
return root.Parse(args).Invoke();

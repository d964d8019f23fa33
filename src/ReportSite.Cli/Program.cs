using ReportSite.Cli;

return ReportSiteCommand.Create().Parse(args).Invoke();

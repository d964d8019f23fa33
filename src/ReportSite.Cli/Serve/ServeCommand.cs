using System.CommandLine;
using ReportSite.Build;
using ReportSite.Diagnostics;

namespace ReportSite.Cli.Serve;

/// <summary><c>reportsite serve</c>: builds the site, serves it from memory and rebuilds it as files change.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "Address or host name to listen on (a name listens only where it resolves); the default serves only this machine. Use 0.0.0.0 to let others in (no authentication!).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var allowedHosts = new Option<string[]>("--allowed-host")
        {
            Description = "Also answer requests for this host name (repeatable); loopback names, IP addresses and --host always work. Others get 403, a guard against DNS rebinding.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("serve", "Preview the site: build, serve it locally, rebuild and reload open pages as you edit.");
        site.AddTo(command);
        command.Add(port);
        command.Add(host);
        command.Add(allowedHosts);
        command.SetAction((parse, cancel) => UnexpectedErrors.RunAsync(CommandOutput.Of(parse), parse.GetRequiredValue(site.Input), async () =>
        {
            var console = CommandOutput.Of(parse);
            var options = new BuildOptions
            {
                InputDirectory = parse.GetRequiredValue(site.Input),
                OutputDirectory = "",
                BaseUrl = parse.GetValue(site.BaseUrl),
                RepoUrl = parse.GetValue(site.RepoUrl),
                RepoBranch = parse.GetValue(site.RepoBranch),
                IncludeDrafts = parse.GetValue(site.Drafts),
                CacheDirectory = site.CacheDirectory(parse),
                ThemeSearchPaths = SiteOptions.BuiltInThemes,
            };
            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(options, parse.GetRequiredValue(host), parse.GetValue(port), message => console.Out.WriteLine(TerminalText.Escape(message, keepLineBreaks: true)), parse.GetValue(allowedHosts) ?? []);
            }
            catch (PreviewStartException ex)
            {
                console.Error.WriteLine($"reportsite serve: {TerminalText.Escape(ex.Message)}");
                return 1;
            }
            await using var running = server;
            // The first build's problems were logged as it finished, like every rebuild's.
            console.Out.WriteLine($"Serving {server.Url} — edit files under {TerminalText.Escape(options.InputDirectory)} and open pages reload. Press Ctrl+C to stop.");
            if (server.Addresses.Any(ListenAddresses.IsVisibleToNetwork))
                console.Error.WriteLine($"Warning: listening on {string.Join(", ", server.Addresses.Where(ListenAddresses.IsVisibleToNetwork))}, so anyone who can reach this machine over the network can read the preview (drafts and build errors included), with no password. Use --host 127.0.0.1 to keep it to this machine.");
            try { await Task.Delay(Timeout.Infinite, cancel); }
            catch (OperationCanceledException) { /* Ctrl+C */ }
            return 0;
        }));
        return command;
    }
}

using System.CommandLine;
using ReportSite.Diagnostics;

namespace ReportSite.Cli;

/// <summary>
/// <c>reportsite new SITE_DIR</c>: scaffolds a minimal bilingual site that builds and publishes itself
/// (<see cref="SiteScaffold"/>, <see cref="ProjectScaffold"/>); <c>--update</c> rewrites only the
/// tool manifest and the Pages workflow of an existing site, for the running version of the tool.
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("SITE_DIR") { Description = "Folder to create; it must not exist or be empty. With --update: the site's folder (holding input/)." };
        var update = new Option<bool>("--update")
        {
            Description = $"Rewrite {ProjectScaffold.WorkflowPath} and {ProjectScaffold.ManifestPath} of an existing site for this version of ReportSite; content is not touched.",
        };
        var command = new Command("new", "Create a minimal bilingual (zh + en) site to start from, ready to publish to GitHub Pages.") { directory, update };
        command.SetAction(parse =>
        {
            var console = CommandOutput.Of(parse);
            var root = Path.GetFullPath(parse.GetRequiredValue(directory));
            return parse.GetValue(update) ? Update(root, console) : Create(root, parse.GetRequiredValue(directory), console);
        });
        return command;
    }

    private static int Create(string root, string typed, CommandOutput console)
    {
        var shown = TerminalText.Escape(root);
        if (File.Exists(root))
        {
            console.Error.WriteLine($"{shown} is a file: choose a new folder, so nothing is overwritten.");
            return 1;
        }
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            console.Error.WriteLine($"{shown} is not empty: choose a new folder, so nothing is overwritten (or --update to refresh an existing site's workflow).");
            return 1;
        }
        if (!Write(root, SiteScaffold.Files.Concat(ProjectScaffold.Files), console)) return 1;
        console.Out.WriteLine($"""
            Created a bilingual site in {shown}. Next:
              cd {TerminalText.Escape(typed)}
              dotnet tool restore          # installs ReportSite {ProjectScaffold.ToolVersion}, pinned in {ProjectScaffold.ManifestPath}
              dotnet reportsite serve      # preview at http://127.0.0.1:5080/
              dotnet reportsite build      # writes _site/
            Push it to GitHub and enable Pages (Source: GitHub Actions) to publish it; README.md says more.
            """);
        return 0;
    }

    private static int Update(string root, CommandOutput console)
    {
        var shown = TerminalText.Escape(root);
        if (!Directory.Exists(Path.Combine(root, "input")))
        {
            console.Error.WriteLine($"{shown} has no input/ folder: --update refreshes a site made by `reportsite new`; give its folder.");
            return 1;
        }
        var changed = ProjectScaffold.Files.Where(f => !File.Exists(Path.Combine(root, f.Path)) || File.ReadAllText(Path.Combine(root, f.Path)) != f.Text).ToList();
        if (!Write(root, changed, console)) return 1;
        foreach (var (path, _) in ProjectScaffold.Files)
            console.Out.WriteLine($"{(changed.Any(c => c.Path == path) ? "updated  " : "unchanged")} {path}");
        console.Out.WriteLine($"The site now uses ReportSite {ProjectScaffold.ToolVersion}; review the change with `git diff` and commit it.");
        return 0;
    }

    /// <summary>Writes the files under <paramref name="root"/>; a failure (a parent that is a file, a read-only folder, a full disk) is one line.</summary>
    private static bool Write(string root, IEnumerable<(string Path, string Text)> files, CommandOutput console)
    {
        try
        {
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"Cannot write the site in {TerminalText.Escape(root)}: {TerminalText.Escape(ex.Message)}");
            return false;
        }
    }
}

using System.CommandLine;
using ReportSite.Diagnostics;

namespace ReportSite.Cli;

/// <summary><c>reportsite new SITE_DIR</c>: scaffolds a minimal bilingual site that builds, to start from.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("SITE_DIR") { Description = "Folder to create; it must not exist or be empty." };
        var command = new Command("new", "Create a minimal bilingual (zh + en) site to start from.") { directory };
        command.SetAction(parse =>
        {
            var console = CommandOutput.Of(parse);
            var root = Path.GetFullPath(parse.GetRequiredValue(directory));
            var shown = TerminalText.Escape(root);
            if (File.Exists(root))
            {
                console.Error.WriteLine($"{shown} is a file: choose a new folder, so nothing is overwritten.");
                return 1;
            }
            if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            {
                console.Error.WriteLine($"{shown} is not empty: choose a new folder, so nothing is overwritten.");
                return 1;
            }
            try
            {
                foreach (var (path, text) in SiteScaffold.Files)
                {
                    var full = Path.Combine(root, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, text);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A parent that is a file, a read-only folder, a full disk: say which, in one line.
                console.Error.WriteLine($"Cannot create the site in {shown}: {TerminalText.Escape(ex.Message)}");
                return 1;
            }
            console.Out.WriteLine($"Created a bilingual site in {shown}. Next:\n  cd {TerminalText.Escape(parse.GetRequiredValue(directory))}\n  reportsite serve     # preview at http://127.0.0.1:5080/\n  reportsite build     # writes _site/");
            return 0;
        });
        return command;
    }
}

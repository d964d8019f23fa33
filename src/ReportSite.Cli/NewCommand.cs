using System.CommandLine;

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
            if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            {
                console.Error.WriteLine($"{root} is not empty: choose a new folder, so nothing is overwritten.");
                return 1;
            }
            foreach (var (path, text) in SiteScaffold.Files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }
            console.Out.WriteLine($"Created a bilingual site in {root}. Next:\n  cd {parse.GetRequiredValue(directory)}\n  reportsite serve     # preview at http://127.0.0.1:5080/\n  reportsite build     # writes _site/");
            return 0;
        });
        return command;
    }
}

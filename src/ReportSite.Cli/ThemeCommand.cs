using System.CommandLine;
using ReportSite.Diagnostics;

namespace ReportSite.Cli;

/// <summary>
/// <c>reportsite theme eject</c>: copies the built-in default theme into the site's <c>themes/default/</c>
/// (beside <c>input/</c>) to customise. Files already there are kept, never overwritten, so it also adds
/// what a newer tool's theme has that the site's copy lacks. A site may instead hold only the files it
/// changes: every file it lacks is taken from the built-in theme (<see cref="Templating.ThemeLoader"/>).
/// </summary>
public static class ThemeCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var eject = new Command("eject", "Copy the built-in default theme into themes/default/ beside the input folder, to customise; files already there are kept.");
        eject.Add(site.Input);
        eject.SetAction(parse =>
        {
            var console = CommandOutput.Of(parse);
            var input = Path.GetFullPath(parse.GetRequiredValue(site.Input));
            if (!File.Exists(Path.Combine(input, "site.yaml")))
            {
                console.Error.WriteLine($"{TerminalText.Escape(input)} holds no site.yaml: give the site's input folder with --input.");
                return 1;
            }
            var from = Path.Combine(SiteOptions.BuiltInThemes[0], "default");
            var to = Path.Combine(Path.GetDirectoryName(input)!, "themes", "default");
            int copied = 0, kept = 0;
            try
            {
                foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var target = Path.Combine(to, Path.GetRelativePath(from, file));
                    if (File.Exists(target)) { kept++; continue; }
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                    copied++;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"Cannot copy the theme to {TerminalText.Escape(to)}: {TerminalText.Escape(ex.Message)}");
                return 1;
            }
            console.Out.WriteLine($"Copied {copied} files of the default theme to {TerminalText.Escape(to)}{(kept > 0 ? $" ({kept} already there, kept)" : "")}.");
            console.Out.WriteLine("Edit them there; builds use them in place of the built-in ones. Delete a file to go back to the built-in version of it.");
            return 0;
        });
        return new Command("theme", "Customise the site's theme.") { eject };
    }
}

using System.CommandLine;
using System.Diagnostics;
using ReportSite.Output;

namespace ReportSite.Cli;

/// <summary>
/// Removes the previous output of <c>reportsite build</c> in a process of its own, so the command ends
/// as soon as the new site is in place instead of waiting for the disk to delete the old one (tens of
/// thousands of files on a big site). The process is this tool again, running the hidden
/// <c>remove-previous-output</c> command on the folder the build moved aside; it works in the
/// background and prints nothing. Where it cannot be started, the folder is deleted at once.
/// </summary>
public static class PreviousOutputRemover
{
    private const string CommandName = "remove-previous-output";

    /// <summary>Starts the background removal of <paramref name="folder"/> (a retired output).</summary>
    public static void Start(string folder)
    {
        try
        {
            if (CommandLineOfThisTool() is { } tool)
            {
                var start = new ProcessStartInfo(tool.Executable)
                {
                    // Its own pipes, never read: the child keeps no handle on the caller's terminal or
                    // pipe, so `reportsite build | tail` ends when the build does.
                    RedirectStandardInput = true,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (var argument in tool.Arguments.Append(CommandName).Append(folder)) start.ArgumentList.Add(argument);
                using var process = Process.Start(start);
                if (process is not null) return;
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException) { }
        RetiredOutput.Remove(folder);
    }

    /// <summary>The hidden command the background process runs.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("folder");
        var command = new Command(CommandName, "Removes an output folder a build moved aside (run by build itself).") { Hidden = true };
        command.Add(folder);
        command.SetAction(parse =>
        {
            RetiredOutput.Remove(parse.GetRequiredValue(folder));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// How to run this tool again: its own executable (the app host, the single-file binary, or the
    /// <c>dotnet tool</c> shim, named ReportSite.Cli or reportsite), or the dotnet host with its
    /// assembly; null when this process is something else (a test host), which then deletes at once.
    /// </summary>
    private static (string Executable, string[] Arguments)? CommandLineOfThisTool()
    {
        if (Environment.ProcessPath is not { } process) return null;
        var name = Path.GetFileNameWithoutExtension(process);
        if (name.Equals("ReportSite.Cli", StringComparison.OrdinalIgnoreCase) || name.Equals("reportsite", StringComparison.OrdinalIgnoreCase))
            return (process, []);
        var assembly = Path.Combine(AppContext.BaseDirectory, typeof(PreviousOutputRemover).Assembly.GetName().Name + ".dll");
        return name == "dotnet" && File.Exists(assembly) ? (process, [assembly]) : null;
    }
}

using System.Diagnostics;

namespace ReportSite.Content;

/// <summary>
/// When each input file last changed according to git: its last commit, or now for files with
/// uncommitted changes. File modification times are not used: git does not keep them, so on a
/// fresh clone every file would look equally new.
/// </summary>
public sealed class GitHistory
{
    private readonly Dictionary<string, DateTimeOffset> _lastChanged;

    private GitHistory(Dictionary<string, DateTimeOffset> lastChanged, string folder)
    {
        _lastChanged = lastChanged;
        Folder = folder;
    }

    /// <summary>The input folder's path in its repository, with a trailing slash (<c>input/</c>), or empty at its root.</summary>
    public string Folder { get; }

    /// <summary>The last change of a file (path relative to the input folder), if git knows it.</summary>
    public DateTimeOffset? LastChanged(string inputPath) => _lastChanged.TryGetValue(inputPath, out var time) ? time : null;

    /// <summary>Reads the history of the input folder, or explains why it cannot.</summary>
    public static GitHistory? Read(string inputDirectory, out string? unavailable)
    {
        unavailable = null;
        var log = Git(inputDirectory, "log", "--format=@%ct", "--name-only", "--relative", "--", ".");
        if (log is null)
        {
            unavailable = "the input folder is not in a git repository (or git is not installed)";
            return null;
        }
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset commitTime = default;
        foreach (var line in log.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('@')) commitTime = DateTimeOffset.FromUnixTimeSeconds(long.Parse(line[1..], System.Globalization.CultureInfo.InvariantCulture));
            else times.TryAdd(line, commitTime); // newest commit first: keep the first time seen
        }
        var status = Git(inputDirectory, "status", "--porcelain", "--untracked-files=all", "--relative", "--", ".") ?? "";
        var now = DateTimeOffset.UtcNow;
        foreach (var line in status.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Length > 3))
            times[line[3..].Trim('"')] = now;
        var folder = Git(inputDirectory, "rev-parse", "--show-prefix")?.Trim() ?? "";
        return new GitHistory(times, folder);
    }

    private static string? Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}

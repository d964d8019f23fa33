using System.Diagnostics;

namespace ReportSite.Tests.Support;

/// <summary>Runs git in a test's folder as a named editor, at a fixed date, so history-based output is predictable.</summary>
public static class TestGit
{
    public static void Run(string directory, string date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false" }.Concat(arguments))
            start.ArgumentList.Add(a);
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }

    /// <summary>Makes <paramref name="directory"/> a repository with everything in it committed at <paramref name="date"/>.</summary>
    public static void CommitAll(string directory, string date, string message = "content")
    {
        if (!Directory.Exists(Path.Combine(directory, ".git"))) Run(directory, date, "init", "-q", "-b", "main");
        Run(directory, date, "add", "-A");
        Run(directory, date, "commit", "-qm", message);
    }
}

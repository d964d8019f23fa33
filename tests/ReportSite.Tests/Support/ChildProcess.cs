using System.Diagnostics;

namespace ReportSite.Tests.Support;

/// <summary>Runs a command line to its end, within a time limit, for tests of what a user runs.</summary>
internal static class ChildProcess
{
    /// <summary>What <paramref name="start"/> printed (output, errors); the test fails, showing both, when it exits with other than 0.</summary>
    public static async Task<(string Out, string Error)> RunOk(ProcessStartInfo start, TimeSpan patience)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(patience);
        await process.WaitForExitAsync(cancel.Token);
        var (printed, errors) = (await output, await error);
        Assert.True(process.ExitCode == 0, $"{start.FileName} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n{printed}\n{errors}");
        return (printed, errors);
    }
}

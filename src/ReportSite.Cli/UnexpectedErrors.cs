using ReportSite.Diagnostics;

namespace ReportSite.Cli;

/// <summary>
/// The last line of defence of every command: an exception nothing caught (a bug, never the input's
/// fault) ends the command with one RS0007 line naming the file being processed, and exit code 1.
/// The stack trace is printed only when <see cref="DebugVariable"/> is set, for whoever fixes the bug.
/// </summary>
public static class UnexpectedErrors
{
    public const string DebugVariable = "REPORTSITE_DEBUG";

    public static int Run(CommandOutput console, string inputDirectory, Func<int> command)
    {
        try { return command(); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Report(ex, console, inputDirectory);
            return 1;
        }
    }

    public static async Task<int> RunAsync(CommandOutput console, string inputDirectory, Func<Task<int>> command)
    {
        try { return await command(); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Report(ex, console, inputDirectory);
            return 1;
        }
    }

    /// <summary>Prints the stack trace of an exception a build reported as RS0007, when debugging is asked for.</summary>
    public static void PrintStackTraceIfDebugging(Exception? exception, CommandOutput console)
    {
        if (exception is not null && Environment.GetEnvironmentVariable(DebugVariable) is { Length: > 0 } and not "0")
            console.Error.WriteLine(exception.ToString());
    }

    private static void Report(Exception exception, CommandOutput console, string inputDirectory)
    {
        DiagnosticPrinter.Print([InternalError.ToDiagnostic(exception)], inputDirectory, DiagnosticPrinter.Text, console);
        PrintStackTraceIfDebugging(exception, console);
    }
}

using System.CommandLine;

namespace ReportSite.Cli;

/// <summary>Where a command writes: the invocation's output and error writers (the process's by default; tests pass their own).</summary>
public sealed record CommandOutput(TextWriter Out, TextWriter Error)
{
    public static CommandOutput Of(ParseResult parse) =>
        new(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
}

namespace ReportSite.Diagnostics;

/// <summary>
/// An exception the build did not expect (a bug in ReportSite, not a mistake in the input), with the
/// input file that was being processed when it happened. Each stage wraps the work it does for one
/// file in <see cref="While{T}"/>, so the one line the user sees names that file instead of a stack trace.
/// </summary>
public sealed class InternalError(string file, Exception inner) : Exception(inner.Message, inner)
{
    /// <summary>The file being processed, relative to the input folder.</summary>
    public string File { get; } = file;

    /// <summary>Runs <paramref name="work"/> for <paramref name="file"/>, naming the file on any unexpected exception.</summary>
    public static T While<T>(string file, Func<T> work)
    {
        try { return work(); }
        catch (Exception ex) when (ex is not (InternalError or OperationCanceledException))
        {
            throw new InternalError(file, ex);
        }
    }

    /// <summary>The RS0007 diagnostic for an unexpected exception: the file being processed when it is known, and the message.</summary>
    public static Diagnostic ToDiagnostic(Exception exception)
    {
        var named = Find(exception);
        var cause = named?.InnerException ?? exception;
        while (cause is AggregateException { InnerExceptions.Count: > 0 } aggregate) cause = aggregate.InnerExceptions[0];
        var message = named is null
            ? $"Internal error: {cause.Message}"
            : $"Internal error while processing {named.File}: {cause.Message}";
        return new Diagnostic(Severity.Error, DiagnosticCodes.InternalError.Id, named?.File ?? "", 0, 0, message,
            "This is a bug in ReportSite, not a mistake in the input: please report it with this file. Set REPORTSITE_DEBUG=1 to print the stack trace.");
    }

    private static InternalError? Find(Exception exception) => exception switch
    {
        InternalError named => named,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        { InnerException: { } inner } => Find(inner),
        _ => null,
    };
}

namespace ReportSite.Output;

/// <summary>
/// The output folder could not be written (no permission, disk full, read-only file system): the
/// build reports it as one RS0404 error naming the folder, not as an internal error.
/// </summary>
internal sealed class OutputWriteException(string outputDirectory, string reason, Exception? inner = null)
    : Exception($"Could not write the output folder '{outputDirectory}': {reason}", inner)
{
    public string OutputDirectory { get; } = outputDirectory;
    public string Reason { get; } = reason;

    /// <summary>The output failure inside an exception a stage wrapped (per-file wrappers, parallel loops), or null.</summary>
    public static OutputWriteException? In(Exception exception) => exception switch
    {
        OutputWriteException failure => failure,
        AggregateException aggregate => aggregate.InnerExceptions.Select(In).FirstOrDefault(e => e is not null),
        { InnerException: { } inner } => In(inner),
        _ => null,
    };
}

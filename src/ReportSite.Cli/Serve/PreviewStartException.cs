namespace ReportSite.Cli.Serve;

/// <summary>
/// The preview cannot start for a reason the author can fix (a bad --host or --port, a port in use):
/// <c>serve</c> prints <see cref="Exception.Message"/> as one line and exits 1, never a stack trace.
/// </summary>
public sealed class PreviewStartException(string message, Exception? inner = null) : Exception(message, inner);

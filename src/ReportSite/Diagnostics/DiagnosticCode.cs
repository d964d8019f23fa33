namespace ReportSite.Diagnostics;

/// <summary>A stable diagnostic code with a one-line description (see <see cref="DiagnosticCodes"/>).</summary>
public sealed record DiagnosticCode(string Id, string Description);

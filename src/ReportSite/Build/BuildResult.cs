using ReportSite.Diagnostics;
using ReportSite.Linking;

namespace ReportSite.Build;

/// <summary>The outcome of a build: diagnostics (sorted), and what was written when it succeeded.</summary>
public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public bool Succeeded => !Interrupted && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>The build was cancelled (Ctrl+C, SIGTERM) before its output was put in place: nothing changed.</summary>
    public bool Interrupted { get; init; }

    /// <summary>The linked site when loading got that far (for checks that read it, such as translation status).</summary>
    public LinkedSite? Site { get; init; }

    /// <summary>HTML pages written per language, in the site's language order (shared pages such as 404 not counted).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> PagesByLanguage { get; init; } = [];
    public int FilesWritten { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>The unexpected exception the build stopped on (reported as RS0007), for a stack trace on request; null normally.</summary>
    public Exception? InternalException { get; init; }

    /// <summary>How long each stage took, in order.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];
}

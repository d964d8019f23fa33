using System.Collections.Concurrent;

namespace ReportSite.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage (thread-safe, since rendering runs in parallel) so a
/// build reports all problems at once instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(DiagnosticCode code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code.Id, at.File, at.Line, at.Column, message, hint));

    public void Warning(DiagnosticCode code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code.Id, at.File, at.Line, at.Column, message, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// All diagnostics without repeats (a template error hits every page that uses the template),
    /// sorted by file, line, column and code so output is deterministic.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct().OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}

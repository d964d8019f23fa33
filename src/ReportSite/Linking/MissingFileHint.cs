using ReportSite.Content;

namespace ReportSite.Linking;

/// <summary>
/// The "did you mean" hint for a link or image path that names no input file: the file of that
/// name elsewhere in the input (a forgotten <c>../</c>, a wrong folder) as a path relative to the
/// linking file, else a near spelling in the folder the path points into.
/// </summary>
internal sealed class MissingFileHint(IReadOnlySet<string> inputFiles)
{
    /// <param name="directory">The folder of the linking file (an input path).</param>
    /// <param name="target">The input path the link resolves to, or null when it leaves the input folder.</param>
    /// <param name="fallback">The hint when nothing close exists.</param>
    public string For(string directory, string? target, string fallback)
    {
        if (target is null) return fallback;
        var name = target[(target.LastIndexOf('/') + 1)..];
        if (SameNameElsewhere(directory, target, name) is { } moved) return $"Did you mean '{moved}'?";
        var closest = Configuration.Spelling.Closest(name,
            inputFiles.Where(f => InputPath.Directory(f) == InputPath.Directory(target)).Select(f => f[(f.LastIndexOf('/') + 1)..]));
        return closest is null ? fallback : $"Did you mean '{closest}'?";
    }

    /// <summary>
    /// The input file named <paramref name="name"/> whose path shares the longest tail of folders with
    /// <paramref name="target"/> (<c>images/x.png</c> → <c>reports/r/images/x.png</c>), nearest to the
    /// linking file on a tie, written relative to <paramref name="directory"/>; null when none is.
    /// </summary>
    private string? SameNameElsewhere(string directory, string target, string name)
    {
        var targetSegments = target.Split('/');
        var best = inputFiles
            .Where(f => f.EndsWith(name, StringComparison.Ordinal) && (f.Length == name.Length || f[^(name.Length + 1)] == '/'))
            .Select(f => (File: f, Segments: f.Split('/')))
            .Select(f => (f.File, Tail: SharedTail(f.Segments, targetSegments), Steps: StepsBetween(directory, f.File)))
            .OrderByDescending(f => f.Tail).ThenBy(f => f.Steps).ThenBy(f => f.File, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.File is null ? null : RelativePath(directory, best.File);
    }

    private static int SharedTail(string[] a, string[] b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)]) n++;
        return n;
    }

    /// <summary>How many folders up and down lead from <paramref name="directory"/> to <paramref name="file"/>.</summary>
    private static int StepsBetween(string directory, string file)
    {
        var relative = RelativePath(directory, file);
        return relative.Count(c => c == '/');
    }

    /// <summary><paramref name="file"/> as a reference relative to <paramref name="directory"/>, both input paths.</summary>
    private static string RelativePath(string directory, string file)
    {
        var from = directory.Length == 0 ? [] : directory.Split('/');
        var to = file.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportSite.Diagnostics;

namespace ReportSite.Tests.Fidelity;

/// <summary>
/// The numbers of docs/fidelity.md as Markdown tables: pages and words kept per language and per
/// report, diagnostics by code and cause, and the pages that lose the most.
/// </summary>
public static partial class FidelityReport
{
    public static string Markdown(FidelityResult result, int worstPages = 15)
    {
        var text = new StringBuilder();
        text.AppendLine("| language | pages built | words GitHub shows | words kept | kept |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var group in result.Pages.GroupBy(p => p.Language))
            text.AppendLine(Row(group.Key, group.ToList()));
        text.AppendLine(Row("**all**", result.Pages));
        text.AppendLine();
        text.AppendLine("| report (package) | pages built | words GitHub shows | words kept | kept |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var group in result.Pages.GroupBy(p => ReportOf(p.File)))
            text.AppendLine(Row(group.Key, group.ToList()));
        text.AppendLine();

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        text.AppendLine(Invariant($"Diagnostics: {errors} errors, {result.Diagnostics.Count - errors} warnings, by code and cause (the message with names, paths and numbers taken out):"));
        text.AppendLine();
        text.AppendLine("| code | severity | cause | count |");
        text.AppendLine("| --- | --- | --- | ---: |");
        foreach (var group in result.Diagnostics.GroupBy(d => (d.Code, d.Severity, Cause: CauseOf(d.Message)))
                     .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Cause, StringComparer.Ordinal))
            text.AppendLine(Invariant($"| {group.Key.Code} | {group.Key.Severity.ToString().ToLowerInvariant()} | {Cell(group.Key.Cause)} | {group.Count()} |"));
        text.AppendLine();

        text.AppendLine(Invariant($"The {worstPages} pages that lose the most words:"));
        text.AppendLine();
        text.AppendLine("| page | words lost | kept | some of the words lost |");
        text.AppendLine("| --- | ---: | ---: | --- |");
        foreach (var page in result.Pages.Where(p => p.Lost.Count > 0).OrderByDescending(p => p.Lost.Count).ThenBy(p => p.File, StringComparer.Ordinal).Take(worstPages))
            text.AppendLine(Invariant($"| {page.File} | {page.Lost.Count} | {Percent(page.KeptWords, page.GitHubWords)} | {Cell(string.Join(" ", page.Lost.Distinct().Take(12)))} |"));
        return text.ToString();
    }

    /// <summary>Writes the numbers to FIDELITY_REPORT/<paramref name="name"/> when that folder is set (for docs/fidelity.md).</summary>
    public static void WriteIfRequested(string name, FidelityResult result)
    {
        if (Environment.GetEnvironmentVariable("FIDELITY_REPORT") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), Markdown(result));
    }

    /// <summary>What a diagnostic says without the particulars (and without its explanation in parentheses), so like problems count together.</summary>
    public static string CauseOf(string message)
    {
        var explanation = message.IndexOf(" (", StringComparison.Ordinal);
        var cause = Quoted().Replace(explanation > 0 ? message[..explanation] : message, "'…'");
        cause = DoubleQuoted().Replace(cause, "\"…\"");
        cause = Anchor().Replace(cause, "#…");
        return Number().Replace(cause, "N");
    }

    private static string Row(string name, IReadOnlyList<PageFidelity> pages)
    {
        var github = pages.Sum(p => p.GitHubWords);
        var kept = pages.Sum(p => p.KeptWords);
        return Invariant($"| {name} | {pages.Count} | {github} | {kept} | {Percent(kept, github)} |");
    }

    private static string ReportOf(string file) => file.Split('/') is ["reports", var report, ..] ? report : "(pages)";

    private static string Percent(int kept, int total) =>
        total == 0 ? "—" : Invariant($"{Math.Floor(10000.0 * kept / total) / 100:0.00}%");

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex DoubleQuoted();

    [GeneratedRegex(@"#[^\s,.)]+")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"\b\d+\b")]
    private static partial Regex Number();
}

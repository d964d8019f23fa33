using System.Text.RegularExpressions;
using ReportSite.Diagnostics;

namespace ReportSite.Tests.Fidelity;

/// <summary>A site's pages measured against GitHub's rendering, and what the build said about them.</summary>
public sealed partial record FidelityResult(IReadOnlyList<PageFidelity> Pages, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int GitHubWords => Pages.Sum(p => p.GitHubWords);
    public int KeptWords => Pages.Sum(p => p.KeptWords);

    /// <summary>Kept words over GitHub's words, 0..1.</summary>
    public double KeptShare => GitHubWords == 0 ? 1 : (double)KeptWords / GitHubWords;

    public IEnumerable<Diagnostic> DiagnosticsOf(PageFidelity page) => Diagnostics.Where(d => d.File == page.File);

    /// <summary>
    /// The words a page's diagnostics name: what they quote ('…', "…", `…`) or give as a tag (&lt;…&gt;),
    /// not the words of their sentences, so "it was removed" excuses no lost "it".
    /// </summary>
    public VisibleWords NamedByDiagnostics(PageFidelity page) =>
        VisibleWords.OfText(string.Join(" ", DiagnosticsOf(page)
            .SelectMany(d => Named().Matches(d.Message)).Select(m => m.Value)));

    [GeneratedRegex("""'[^']*'|"[^"]*"|`[^`]*`|<[^<>]*>""")]
    private static partial Regex Named();
}

using ReportSite.Diagnostics;

namespace ReportSite.Tests.Fidelity;

/// <summary>A site's pages measured against GitHub's rendering, and what the build said about them.</summary>
public sealed record FidelityResult(IReadOnlyList<PageFidelity> Pages, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int GitHubWords => Pages.Sum(p => p.GitHubWords);
    public int KeptWords => Pages.Sum(p => p.KeptWords);

    /// <summary>Kept words over GitHub's words, 0..1.</summary>
    public double KeptShare => GitHubWords == 0 ? 1 : (double)KeptWords / GitHubWords;

    public IEnumerable<Diagnostic> DiagnosticsOf(PageFidelity page) => Diagnostics.Where(d => d.File == page.File);
}

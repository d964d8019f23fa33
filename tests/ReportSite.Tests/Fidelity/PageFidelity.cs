namespace ReportSite.Tests.Fidelity;

/// <summary>One page's visible words against GitHub's rendering of the same Markdown.</summary>
/// <param name="File">The Markdown file, relative to the input folder (as diagnostics name it).</param>
/// <param name="Lost">The words GitHub shows that the page does not, as often as they are missing.</param>
public sealed record PageFidelity(string File, string Language, int GitHubWords, int KeptWords, IReadOnlyList<string> Lost);

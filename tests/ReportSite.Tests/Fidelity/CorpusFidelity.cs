using ReportSite.Tests.Support;

namespace ReportSite.Tests.Fidelity;

/// <summary>The real-docs corpus (tests/fidelity/corpus) measured once for all its tests (about 12 s).</summary>
public sealed class CorpusFidelity
{
    private readonly Lazy<FidelityResult> _result = new(() =>
    {
        var result = FidelityMeasure.Of(Path.Combine(RepoPaths.Fidelity, "corpus", "input"));
        FidelityReport.WriteIfRequested("corpus.md", result);
        return result;
    });

    public FidelityResult Result => _result.Value;
}

using ReportSite.Fuzz;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>
/// The fuzzing harness (tests/ReportSite.Fuzz, run by hand under AFL) keeps working: each target
/// takes its seed corpus, and any finding saved next to it, without an exception.
/// </summary>
public class FuzzHarnessTests
{
    public static TheoryData<string, string> Seeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All.Keys)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests/ReportSite.Fuzz/corpus", target)).Order(StringComparer.Ordinal))
                data.Add(target, Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_runs_through_its_target(string target, string seed) =>
        FuzzTargets.All[target](File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests/ReportSite.Fuzz/corpus", target, seed)));

    [Fact]
    public void Both_parsers_named_by_the_issue_have_a_target() =>
        Assert.Equal(["data", "front-matter", "links"], FuzzTargets.All.Keys.Order(StringComparer.Ordinal));
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Diagnostics;

public class DiagnosticCodesDocTests
{
    private static string Expected() =>
        "# Diagnostic codes\n\n" +
        "Every problem ReportSite reports has a stable code. This table is generated from\n" +
        "`src/ReportSite/Diagnostics/DiagnosticCodes.cs`; a test keeps the two in step\n" +
        "(run the tests with `UPDATE_GOLDEN=1` to rewrite it after adding a code).\n\n" +
        "| code | meaning |\n| --- | --- |\n" +
        string.Concat(DiagnosticCodes.All.Select(c => $"| {c.Id} | {c.Description} |\n"));

    [Fact]
    public void Codes_are_unique()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Docs_list_every_code()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "diagnostics.md");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(path, Expected());
        Assert.Equal(Expected(), File.ReadAllText(path));
    }
}

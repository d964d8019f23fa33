namespace ReportSite.Tests.Fidelity;

public class FidelityReportTests
{
    [Theory]
    [InlineData("Linked file '../../apidoc/x.html' does not exist.", "Linked file '…' does not exist.")]
    [InlineData("'reports/a/zh/01-x.md' has no section '#/zh-CN/popup'.", "'…' has no section '…'.")]
    [InlineData("Heading level 3 follows level 1, skipping a level.", "Heading level N follows level N, skipping a level.")]
    [InlineData("Raw HTML <style> is not allowed on the site (it could run script); it was removed.", "Raw HTML <style> is not allowed on the site")]
    public void Causes_leave_out_names_paths_numbers_and_explanations(string message, string cause) =>
        Assert.Equal(cause, FidelityReport.CauseOf(message));
}

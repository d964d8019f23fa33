using ReportSite.Tests.Support;

namespace ReportSite.Tests.Data;

/// <summary>
/// A glossary entry needs its term and definition in every language; one left blank ("") is the
/// same gap as one left out (an error at the entry), not an empty entry on that language's page.
/// </summary>
public class GlossaryLoaderTests
{
    private static ReportSite.Build.BuildResult Build(string entry, out TestSite site)
    {
        site = new TestSite(SiteFiles.Minimal().With("data/glossary.yaml",
            "terms:\n  - term: {zh: 算力, en: Computing power}\n    definition: {zh: 计算能力。, en: The capacity to compute.}\n" + entry));
        return site.Build();
    }

    [Theory]
    [InlineData("  - term: {zh: 数据, en: \"\"}\n    definition: {zh: 信息。, en: Information.}\n")]
    [InlineData("  - term: {zh: 数据, en: \"  \"}\n    definition: {zh: 信息。, en: Information.}\n")]
    [InlineData("  - term: {zh: 数据, en: Data}\n    definition: {zh: 信息。, en: ''}\n")]
    [InlineData("  - term: {zh: 数据, en: Data}\n    definition:\n      zh: 信息。\n      en:\n")]
    [InlineData("  - term: {zh: 数据}\n    definition: {zh: 信息。, en: Information.}\n")]
    public void A_term_blank_or_missing_in_one_language_is_an_error_at_its_entry(string entry)
    {
        var result = Build(entry, out var site);
        using (site)
        {
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(("RS0103", "data/glossary.yaml", 4, 5), (error.Code, error.File, error.Line, error.Column));
            Assert.Contains("in en", error.Message);
        }
    }
}

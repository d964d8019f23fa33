using ReportSite.Tests.Support;

namespace ReportSite.Tests.Data;

/// <summary>
/// Data the build would publish wrongly without a word — an empty table, a value past the last
/// column, a fraction in a percent column — is reported at its file, line and column.
/// </summary>
public class DataGapTests
{
    private const string Schema = "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: score, label: {zh: 得分, en: Score}, type: number}\n  - {key: share, label: {zh: 占比, en: Share}, type: percent}\n";

    private static IReadOnlyList<string> Diagnostics(string csv, string schema = Schema)
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/zh/02-data.md", "---\ntitle: 数据\n---\n\n```datatable source=index\n```\n")
            .With("reports/r/en/02-data.md", "---\ntitle: Data\n---\n\n```chart source=index label=name value=score\n```\n")
            .With("data/index.yaml", schema)
            .With("data/index.csv", csv));
        // The versions hold different blocks on purpose (a table in zh, a chart in en): that they differ (RS0506) is not what these tests are about.
        return site.Check().Diagnostics.Where(d => d.Code != ReportSite.Diagnostics.DiagnosticCodes.NumberedElementsDiffer.Id).Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.File}:{d.Line}:{d.Column}").ToList();
    }

    [Theory]
    [InlineData("")]
    [InlineData("name,score,share\n")]
    [InlineData("name,score,share\n\n\n")]
    public void A_csv_without_rows_is_a_warning(string csv) =>
        Assert.Equal(["warning RS0604 data/index.csv:1:1"], Diagnostics(csv));

    [Fact]
    public void A_yaml_table_without_rows_is_a_warning()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("data/index.yaml", Schema));
        var warning = Assert.Single(site.Check().Diagnostics);
        Assert.Equal(("RS0604", "data/index.yaml", 1, 1), (warning.Code, warning.File, warning.Line, warning.Column));
    }

    [Fact]
    public void A_header_is_checked_even_without_rows() =>
        Assert.Equal(["error RS0601 data/index.csv:1:6", "warning RS0604 data/index.csv:1:1"], Diagnostics("name,scroe,share\n").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("name,score,share\n甲,1,50,99\n", "error RS0602 data/index.csv:2:8")]
    [InlineData("name,score,share\n甲,1,50\n乙,1,234,60\n", "error RS0602 data/index.csv:3:9")]
    [InlineData("name,score,share\n甲,1\n", "error RS0602 data/index.csv:2:4")]
    [InlineData("name,score,share\n\"甲,1,50\n", "error RS0602 data/index.csv:2:1")]
    [InlineData("name,score,share\n甲\"乙,1,50\n", "error RS0602 data/index.csv:2:1")]
    public void A_row_that_does_not_fit_the_header_is_an_error_at_its_place(string csv, string expected) =>
        Assert.Equal([expected], Diagnostics(csv));

    [Fact]
    public void A_value_past_the_last_column_is_named()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("data/index.yaml", Schema).With("data/index.csv", "name,score,share\n甲,1,50,99\n"));
        var error = Assert.Single(site.Check().Diagnostics);
        Assert.Contains("'99' would be dropped", error.Message);
    }

    [Theory]
    [InlineData("name,score,share\n甲,1,0.941\n乙,2,0.5\n", "warning RS0602 data/index.csv:2:5")]
    [InlineData("name,score,share\n甲,1,1\n乙,2,0.25\n", "warning RS0602 data/index.csv:3:5")]
    public void Fractions_in_a_percent_column_are_a_warning_at_the_first(string csv, string expected) =>
        Assert.Equal([expected], Diagnostics(csv));

    [Fact]
    public void The_fraction_warning_says_how_it_shows_and_what_to_write()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("data/index.yaml", Schema.Replace("type: percent}", "type: percent, decimals: 1}"))
            .With("data/index.csv", "name,score,share\n甲,1,0.941\n"));
        var warning = Assert.Single(site.Check().Diagnostics);
        Assert.Equal("0.941 in percent column 'share' shows as 0.9%.", warning.Message);
        Assert.StartsWith("Write 94.1 if you mean 94.1 percent", warning.Hint);
    }

    [Theory]
    [InlineData("name,score,share\n甲,1,94.1\n乙,2,0.5\n")]
    [InlineData("name,score,share\n甲,1,0.5%\n乙,2,0.25\n")]
    [InlineData("name,score,share\n甲,1,0\n乙,2,1\n")]
    [InlineData("name,score,share\n甲,1,\n")]
    public void Percents_are_not_mistaken_for_fractions(string csv) =>
        Assert.Empty(Diagnostics(csv));
}

using ReportSite.Tests.Support;

namespace ReportSite.Tests.Data;

/// <summary>
/// A table or chart block that would be published empty, a limit or decimals out of range: each is
/// said at its place, with a hint that fits the mistake.
/// </summary>
public class DataBlockGapTests
{
    private const string Chapter = "reports/r/zh/02-data.md";
    private const string Schema = "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: score, label: {zh: 得分, en: Score}, type: number}\n  - {key: share, label: {zh: 占比, en: Share}, type: percent}\n";
    private const string Csv = "name,score,share\n甲,,50\n乙,,\n丙,3,\n";

    private static IReadOnlyList<ReportSite.Diagnostics.Diagnostic> Check(string block, string schema = Schema, string csv = Csv)
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With(Chapter, "---\ntitle: 数据\n---\n\n正文。\n\n" + block + "\n")
            .With("reports/r/en/02-data.md", "---\ntitle: Data\n---\n\nText.\n")
            .With("data/index.yaml", schema)
            .With("data/index.csv", csv));
        // Only the zh version has the block, on purpose: that the versions differ (RS0506) is not what these tests are about.
        return site.Check().Diagnostics.Where(d => d.Code != ReportSite.Diagnostics.DiagnosticCodes.NumberedElementsDiffer.Id).ToList();
    }

    private static string Where(ReportSite.Diagnostics.Diagnostic d) => $"{d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.File}:{d.Line}:{d.Column}";

    [Theory]
    [InlineData("```chart source=index label=name value=share sort=-score limit=1\n```")]
    [InlineData("```chart type=grouped source=index label=name series=score,share sort=-name limit=1\n```")]
    [InlineData("```datatable source=index columns=share sort=name limit=1\n```")]
    [InlineData("```datatable source=index columns=score limit=2\n```")]
    public void A_block_whose_values_are_all_empty_is_a_warning_at_the_block(string block)
    {
        var warning = Assert.Single(Check(block));
        Assert.Equal($"warning RS0604 {Chapter}:7:1", Where(warning));
        Assert.Contains("data/index.csv", warning.Hint);
    }

    [Fact]
    public void The_empty_values_warning_names_the_columns_and_what_the_reader_sees()
    {
        var warning = Assert.Single(Check("```chart source=index label=name value=score limit=2\n```"));
        Assert.Equal("The rows this chart block selects have no value in score, so it draws no bars.", warning.Message);
        Assert.Equal("Fill in score in data/index.csv, or name other columns.", warning.Hint);
    }

    [Theory]
    [InlineData("```chart source=index label=name value=score\n```")]
    [InlineData("```chart source=index label=name value=share limit=1\n```")]
    [InlineData("```datatable source=index columns=name,score limit=2\n```")]
    public void A_block_with_one_value_is_not_empty(string block) => Assert.Empty(Check(block));

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=-3")]
    [InlineData("limit=2.5")]
    [InlineData("limit=ten")]
    [InlineData("limit=99999999999")]
    public void A_limit_out_of_range_is_an_error_whose_hint_says_what_to_write(string limit)
    {
        var error = Assert.Single(Check($"```datatable source=index {limit}\n```"));
        Assert.Equal($"error RS0603 {Chapter}:7:1", Where(error));
        Assert.Contains("whole number from 1 up", error.Message);
        Assert.Equal("Write limit=N for the first N rows, e.g. limit=10, or leave limit out to show every row.", error.Hint);
    }

    [Theory]
    [InlineData("```datatable source=index columns=name,scroe\n```")]
    [InlineData("```datatable source=index sort=-scroe\n```")]
    [InlineData("```chart source=index label=nmae value=score\n```")]
    [InlineData("```chart type=stacked source=index label=name series=score,shar\n```")]
    public void An_unknown_column_hint_names_the_data_file_that_declares_the_columns(string block)
    {
        var error = Assert.Single(Check(block));
        Assert.Equal($"error RS0603 {Chapter}:7:1", Where(error));
        Assert.Equal("Name columns by their key under 'columns' in data/index.yaml.", error.Hint);
    }

    [Theory]
    [InlineData("decimals: -1", 4, 70)]
    [InlineData("decimals: 16", 4, 70)]
    [InlineData("decimals: 400", 4, 70)]
    public void Decimals_out_of_range_is_an_error_at_the_value_with_the_allowed_range(string decimals, int line, int column)
    {
        var schema = Schema.Replace("type: number}", $"type: number, {decimals}}}");
        var error = Assert.Single(Check("```datatable source=index columns=name,score\n```", schema, "name,score,share\n甲,1.25,50\n"));
        Assert.Equal($"error RS0601 data/index.yaml:{line}:{column}", Where(error));
        Assert.Contains("from 0 to 15", error.Message);
    }

    [Theory]
    [InlineData("decimals: 0")]
    [InlineData("decimals: 15")]
    public void Decimals_in_range_are_accepted(string decimals) =>
        Assert.Empty(Check("```datatable source=index columns=name,score\n```", Schema.Replace("type: number}", $"type: number, {decimals}}}"), "name,score,share\n甲,1.25,50\n"));
}

using System.Globalization;
using ReportSite.Configuration;
using ReportSite.Data;
using ReportSite.Diagnostics;

namespace ReportSite.Tests.Data;

public class DataQueryTests
{
    private static readonly DataTable Table = new()
    {
        Name = "t",
        SourceFile = "data/t.yaml",
        RowsFile = "data/t.yaml",
        Title = LocalizedText.Same("T"),
        Columns =
        [
            new DataColumn("name", LocalizedText.Same("Name"), ColumnType.Text, 0, LocalizedText.Empty),
            new DataColumn("score", LocalizedText.Same("Score"), ColumnType.Number, 1, LocalizedText.Empty),
        ],
        Rows =
        [
            Row("中国", "China", 50),
            Row("阿根廷", "Argentina", null),
            Row("巴西", "Brazil", 70),
            Row("德国", "Germany", 60),
        ],
    };

    private static DataRow Row(string zh, string en, double? score) => new(new Dictionary<string, DataCell>
    {
        ["name"] = new(LocalizedText.PerLanguage(new Dictionary<string, string> { ["zh"] = zh, ["en"] = en }), null),
        ["score"] = new(null, score),
    }, SourceLocation.FileOnly("data/t.yaml"));

    private static List<string> Names(string? sort, string? limit, string language, List<string>? errors = null)
    {
        var culture = CultureInfo.GetCultureInfo(language == "zh" ? "zh-CN" : "en");
        var selection = DataQuery.Select(Table, "name,score", sort, limit, language, culture, (message, _) => errors?.Add(message));
        return selection!.Rows.Select(r => r["name"].Text!.Get(language)).ToList();
    }

    [Fact]
    public void Descending_numeric_sort_puts_empty_values_last() =>
        Assert.Equal(["Brazil", "Germany", "China", "Argentina"], Names("-score", null, "en"));

    [Fact]
    public void Ascending_numeric_sort_also_puts_empty_values_last() =>
        Assert.Equal(["China", "Germany", "Brazil", "Argentina"], Names("score", null, "en"));

    [Fact]
    public void Chinese_text_sorts_in_pinyin_order() =>
        Assert.Equal(["阿根廷", "巴西", "德国", "中国"], Names("name", null, "zh"));

    [Fact]
    public void Limit_takes_the_first_rows_after_sorting() =>
        Assert.Equal(["Brazil", "Germany"], Names("-score", "2", "en"));

    [Fact]
    public void Unknown_sort_column_and_bad_limit_are_reported_with_a_suggestion()
    {
        var errors = new List<string>();
        Names("-scor", "ten", "en", errors);
        Assert.Contains(errors, e => e.Contains("no column 'scor'") && e.Contains("Did you mean 'score'?"));
        Assert.Contains(errors, e => e.Contains("limit=ten"));
    }

    [Theory]
    [InlineData("source=wid sort=-total limit=20", 3)]
    [InlineData("source=wid caption=\"示例 数据\"", 2)]
    public void Block_options_are_key_value_pairs(string text, int count)
    {
        var (values, error) = BlockArguments.Parse(text);
        Assert.Null(error);
        Assert.Equal(count, values.Count);
        Assert.Equal("wid", values["source"]);
    }

    [Theory]
    [InlineData("source", "has no value")]
    [InlineData("caption=\"open", "not closed")]
    [InlineData("a=1 a=2", "twice")]
    public void Malformed_block_options_say_what_is_wrong(string text, string message) =>
        Assert.Contains(message, BlockArguments.Parse(text).Error);
}

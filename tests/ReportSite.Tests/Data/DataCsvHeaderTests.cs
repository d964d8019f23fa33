using ReportSite.Data;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Data;

/// <summary>
/// A CSV header names each column once: a repeated, clashing or empty header field would make the
/// build ignore (or trip over) the values under it, so it is an error at its column.
/// </summary>
public class DataCsvHeaderTests
{
    private const string Schema = "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: score, label: {zh: 得分, en: Score}, type: number}\n";

    private static (DataTable? Table, IReadOnlyList<Diagnostic> Diagnostics) Load(byte[] csv)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("data"));
        File.WriteAllText(temp.Combine("data/index.yaml"), Schema);
        File.WriteAllBytes(temp.Combine("data/index.csv"), csv);
        var bag = new DiagnosticBag();
        var tables = DataTableLoader.LoadAll(temp.Path, new SortedSet<string> { "data/index.yaml", "data/index.csv" }, ["zh", "en"], ReportSite.Content.TextFile.DefaultMaxBytes, bag);
        return (tables.GetValueOrDefault("index"), bag.Sorted());
    }

    private static (DataTable? Table, IReadOnlyList<Diagnostic> Diagnostics) Load(string csv) => Load(System.Text.Encoding.UTF8.GetBytes(csv));

    [Theory]
    [InlineData("name,score,score\nA,1,2\n", 12)]
    [InlineData("name,score,name\nA,1,B\n", 12)]
    [InlineData("name.en,score,name.en\nA,1,B\n", 15)]
    [InlineData("name.zh,name.en,score,name.zh\n甲,A,1,乙\n", 23)]
    [InlineData("name,name.en,score\nA,B,1\n", 6)]
    [InlineData("name.en,score,name\nA,1,B\n", 15)]
    [InlineData("name, score ,score\nA,1,2\n", 14)]
    public void A_column_named_twice_is_an_error_at_the_second(string csv, int column)
    {
        var (table, diagnostics) = Load(csv);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0601", "data/index.csv", 1, column), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("repeats", error.Message);
        Assert.Single(table!.Rows);
    }

    [Theory]
    [InlineData("name,,score\nA,x,1\n", 6)]
    [InlineData("name,score,\nA,1,x\n", 12)]
    [InlineData(",name,score\nx,A,1\n", 1)]
    [InlineData("name,  ,score\nA,x,1\n", 6)]
    public void An_empty_header_field_is_an_error_at_its_place(string csv, int column)
    {
        var (_, diagnostics) = Load(csv);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0601", "data/index.csv", 1, column), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("empty", error.Message);
    }

    [Theory]
    [InlineData("name,score\r\nA,1\r\n")]
    [InlineData("name,score\nA,1\n")]
    [InlineData("\"name\",score\nA,1\n")]
    public void A_byte_order_mark_is_not_part_of_the_first_header(string csv)
    {
        var (table, diagnostics) = Load([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(csv)]);
        Assert.Empty(diagnostics);
        Assert.Equal("A", table!.Rows[0]["name"].Text!.Get("en"));
        Assert.Equal(1, table.Rows[0]["score"].Number);
    }
}

using ReportSite.Data;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Data;

public class DataTableLoaderTests
{
    private const string Schema = """
        title: {zh: 指数, en: Index}
        note: {zh: 示例数据, en: Sample data}
        columns:
          - key: name
            label: {zh: 名称, en: Name}
          - key: score
            label: {zh: 得分, en: Score}
            type: number
            unit: {zh: 分, en: points}
          - key: share
            label: {zh: 占比, en: Share}
            type: percent
            decimals: 1
        """;

    private static (IReadOnlyDictionary<string, DataTable> Tables, IReadOnlyList<Diagnostic> Diagnostics) Load(params (string Path, string Text)[] files)
    {
        using var temp = new TempDirectory();
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp.Combine(path))!);
            File.WriteAllText(temp.Combine(path), text);
        }
        var bag = new DiagnosticBag();
        var tables = DataTableLoader.LoadAll(temp.Path, new SortedSet<string>(files.Select(f => f.Path)), ["zh", "en"], ReportSite.Content.TextFile.DefaultMaxBytes, bag);
        return (tables, bag.Sorted());
    }

    [Fact]
    public void Yaml_rows_are_read_with_localized_text_and_numbers()
    {
        var (tables, diagnostics) = Load(("data/index.yaml", Schema + "\nrows:\n  - {name: {zh: 甲, en: A}, score: 65.25, share: 12.5%}\n  - {name: B, score: 70}\n"));
        Assert.Empty(diagnostics);
        var table = tables["index"];
        Assert.Equal(["name", "score", "share"], table.Columns.Select(c => c.Key));
        Assert.Equal("甲", table.Rows[0]["name"].Text!.Get("zh"));
        Assert.Equal("A", table.Rows[0]["name"].Text!.Get("en"));
        Assert.Equal(65.25, table.Rows[0]["score"].Number);
        Assert.Equal(12.5, table.Rows[0]["share"].Number);
        Assert.Null(table.Rows[1]["share"].Number);
        Assert.Equal(2, table.Column("score")!.Decimals); // the most precise value decides
        Assert.Equal(1, table.Column("share")!.Decimals); // declared
    }

    [Fact]
    public void Csv_rows_are_read_with_one_header_per_language()
    {
        var (tables, diagnostics) = Load(("data/index.yaml", Schema), ("data/index.csv", "name.zh,name.en,score,share\n\"甲, 国\",A,65.2,10\n乙,B,,\n"));
        Assert.Empty(diagnostics);
        var rows = tables["index"].Rows;
        Assert.Equal("甲, 国", rows[0]["name"].Text!.Get("zh"));
        Assert.Equal("B", rows[1]["name"].Text!.Get("en"));
        Assert.Null(rows[1]["score"].Number);
        Assert.Equal(("data/index.csv", 3), (rows[1].Location.File, rows[1].Location.Line));
    }

    [Fact]
    public void A_mistyped_number_in_csv_is_an_error_at_its_line_and_column()
    {
        var (_, diagnostics) = Load(("data/index.yaml", Schema), ("data/index.csv", "name,score,share\nA,65.2,10\nB,6O.5,20\n"));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0602", "data/index.csv", 3, 3), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("'6O.5' is not a number", error.Message);
    }

    [Fact]
    public void A_mistyped_number_in_yaml_is_an_error_at_its_line_and_column()
    {
        var (_, diagnostics) = Load(("data/index.yaml", Schema + "\nrows:\n  - name: A\n    score: 1,234\n"));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0602", "data/index.yaml", 16, 12), (error.Code, error.File, error.Line, error.Column));
    }

    [Theory]
    [InlineData("columns:\n  - key: a\n    label: A\n    type: money\n", "RS0601", 5)]
    [InlineData("columns:\n  - key: a\n    label: A\n  - key: a\n    label: B\n", "RS0601", 5)]
    [InlineData("columns:\n  - key: Bad Key\n    label: A\n", "RS0601", 3)]
    [InlineData("columns:\n  - key: a\n    label: A\n    colour: red\n", "RS0104", 5)]
    public void Schema_mistakes_are_reported_where_written(string columns, string code, int line)
    {
        var (_, diagnostics) = Load(("data/t.yaml", "title: T\n" + columns));
        Assert.Contains(diagnostics, d => d.Code == code && d.Line == line && d.File == "data/t.yaml");
    }

    [Fact]
    public void Csv_header_that_names_no_column_is_an_error_with_a_suggestion()
    {
        var (_, diagnostics) = Load(("data/index.yaml", Schema), ("data/index.csv", "name,scor,share\nA,1,2\n"));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0601", 1, 6), (error.Code, error.Line, error.Column));
        Assert.Contains("score", error.Hint);
    }

    [Fact]
    public void Glossary_file_is_not_a_data_table()
    {
        var (tables, diagnostics) = Load(("data/glossary.yaml", "terms: []\n"), ("data/index.yaml", Schema), ("data/index.csv", "name,score,share\n甲,1,50\n"));
        Assert.Empty(diagnostics);
        Assert.Equal(["index"], tables.Keys);
    }

    [Theory]
    [InlineData("5e-324")] // subnormal
    [InlineData("1e-10")]
    [InlineData("-1e-12")]
    [InlineData("1e16")]
    [InlineData("-1e308")]
    [InlineData("1e999")] // parses as infinity
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void A_number_outside_the_documented_range_is_an_error_at_its_line_and_column(string value)
    {
        var (tables, diagnostics) = Load(("data/index.yaml", Schema), ("data/index.csv", $"name,score,share\nA,1,10\nB,{value},20\n"));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0602", "data/index.csv", 3, 3), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains($"'{value}'", error.Message);
        Assert.Null(tables["index"].Rows[1]["score"].Number);
    }

    [Theory]
    [InlineData("1e-9", 1e-9)]
    [InlineData("-1e15", -1e15)]
    [InlineData("-0", 0.0)]
    [InlineData("0.000000002", 2e-9)]
    public void Numbers_inside_the_range_are_read_and_negative_zero_is_zero(string value, double expected)
    {
        var (tables, diagnostics) = Load(("data/index.yaml", Schema + $"\nrows:\n  - {{name: A, score: {value}}}\n"));
        Assert.Empty(diagnostics);
        var number = tables["index"].Rows[0]["score"].Number!.Value;
        Assert.Equal(expected, number);
        Assert.False(double.IsNegative(number) && number == 0, "-0 would print as -0");
    }
}

using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Tests.Content;

public class FrontMatterParserTests
{
    private static (FrontMatterParser.Result Result, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var result = FrontMatterParser.Parse(TextFile.Normalize(text), "reports/r/zh/01-a.md", bag);
        return (result, bag.Sorted());
    }

    [Fact]
    public void Reads_every_known_key_into_typed_values()
    {
        var (result, diagnostics) = Parse("""
            ---
            title: 数字经济
            summary: "摘要: 带冒号"
            order: 3
            authors: [张三, 李四]
            keywords: 数据要素
            date: 2024-11-21
            draft: true
            translation_key: economy
            ---
            正文
            """);

        Assert.Empty(diagnostics);
        var fm = result.FrontMatter;
        Assert.Equal("数字经济", fm.Title);
        Assert.Equal("摘要: 带冒号", fm.Summary);
        Assert.Equal(3, fm.Order);
        Assert.Equal(["张三", "李四"], fm.Authors);
        Assert.Equal(["数据要素"], fm.Keywords);
        Assert.Equal(new DateOnly(2024, 11, 21), fm.Date);
        Assert.True(fm.Draft);
        Assert.Equal("economy", fm.TranslationKey);
        Assert.Equal("正文", result.Body);
        Assert.Equal(11, result.BodyFirstLine);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body()
    {
        var (result, diagnostics) = Parse("# Title\n\nText\n");
        Assert.Empty(diagnostics);
        Assert.Same(FrontMatter.None, result.FrontMatter);
        Assert.Equal("# Title\n\nText\n", result.Body);
        Assert.Equal(1, result.BodyFirstLine);
    }

    [Fact]
    public void Crlf_and_bom_do_not_shift_line_numbers()
    {
        var (result, diagnostics) = Parse("\uFEFF---\r\ntitle: x\r\norder: abc\r\n---\r\nBody\r\n");
        Assert.Equal("Body\n", result.Body);
        Assert.Equal(5, result.BodyFirstLine);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0102", 3, 8), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        var (_, diagnostics) = Parse("---\ntitle: x\norder: abc\n---\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("RS0102", 3, 8), (error.Code, error.Line, error.Column));
        Assert.Contains("whole number", error.Message);
        Assert.Contains("order: 3", error.Hint);
    }

    [Fact]
    public void Unknown_key_warns_with_did_you_mean()
    {
        var (result, diagnostics) = Parse("---\ntitle: x\nsummery: y\n---\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("RS0104", 3, 1), (warning.Code, warning.Line, warning.Column));
        Assert.Contains("summary", warning.Hint);
        Assert.Equal("x", result.FrontMatter.Title);
    }

    [Theory]
    [InlineData("tilte", "title")]
    [InlineData("sumamry", "summary")]
    [InlineData("autohrs", "authors")]
    [InlineData("darft", "draft")]
    public void A_key_with_two_letters_swapped_warns_with_did_you_mean(string typed, string meant)
    {
        var (_, diagnostics) = Parse($"---\ntitle: x\n{typed}: y\n---\n");
        var warning = Assert.Single(diagnostics, d => d.Code == "RS0104");
        Assert.Equal($"Did you mean '{meant}'?", warning.Hint);
    }

    [Fact]
    public void Unterminated_front_matter_is_an_error_on_line_1()
    {
        var (_, diagnostics) = Parse("---\ntitle: x\n\nBody text\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0105", 1), (error.Code, error.Line));
    }

    [Fact]
    public void Yaml_syntax_error_points_at_the_file_line()
    {
        var (_, diagnostics) = Parse("---\ntitle: x\nsummary: [unclosed\n---\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("RS0101", error.Code);
        Assert.InRange(error.Line, 3, 5);
    }

    [Fact]
    public void Duplicate_keys_are_an_error()
    {
        var (_, diagnostics) = Parse("---\ntitle: x\ntitle: y\n---\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0107", 3), (error.Code, error.Line));
    }

    [Fact]
    public void Tabs_are_reported_with_their_position()
    {
        var (_, diagnostics) = Parse("---\ntitle: x\n\tsummary: y\n---\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("RS0101", 3, 1), (error.Code, error.Line, error.Column));
    }
}

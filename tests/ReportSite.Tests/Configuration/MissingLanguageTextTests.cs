using ReportSite.Tests.Support;

namespace ReportSite.Tests.Configuration;

/// <summary>
/// Text given per language that lacks one of the site's languages would show another language's
/// text on that language's pages: a warning (RS0108) at the key, naming what is missing.
/// </summary>
public class MissingLanguageTextTests
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "site.yaml", "title: {zh: 测试站点}\nlanguages: [zh, en]\n", "site.yaml:1:1", "'title' has no en text, so the zh text is shown on en pages." },
        { "site.yaml", "title: {zh: 测试站点, en: Test Site}\ndescription:\n  en: A site.\nlanguages: [zh, en]\n", "site.yaml:2:1", "'description' has no zh text, so the en text is shown on zh pages." },
        { "site.yaml", "title: {zh: 测试站点, en: \"\"}\nlanguages: [zh, en]\n", "site.yaml:1:1", "'title' has no en text, so the zh text is shown on en pages." },
        { "reports/r/report.yaml", "year: 2024\ntitle:\n  zh: 测试报告\n", "reports/r/report.yaml:2:1", "'title' has no en text, so the zh text is shown on en pages." },
        { "reports/r/report.yaml", "title: {zh: 测试报告, en: Test Report}\nsummary: {en: A summary.}\n", "reports/r/report.yaml:2:1", "'summary' has no zh text, so the en text is shown on zh pages." },
        { "data/index.yaml", "title: 指数\ncolumns:\n  - {key: name, label: {zh: 名称}}\nrows:\n  - {name: 甲}\n", "data/index.yaml:3:17", "'label' has no en text, so the zh text is shown on en pages." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_missing_a_language_is_a_warning_at_its_key(string path, string text, string at, string message)
    {
        using var site = new TestSite(SiteFiles.Minimal().With(path, text));
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0108", at, message), (warning.Code, $"{warning.File}:{warning.Line}:{warning.Column}", warning.Message));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_csv_text_empty_in_one_language_is_a_warning_at_the_field()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("data/index.yaml", "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: score, label: {zh: 得分, en: Score}, type: number}\n")
            .With("data/index.csv", "name.zh,name.en,score\n甲,Alpha,1\n乙,,2\n,,3\n"));
        var warning = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("RS0108", "data/index.csv:3:3"), (warning.Code, $"{warning.File}:{warning.Line}:{warning.Column}"));
        Assert.Equal("'name.en' is empty, so the zh text is shown on en pages.", warning.Message);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("")]
    public void A_blank_text_shows_the_other_language_as_its_warning_says(string blank)
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/report.yaml", $"title: {{zh: 测试报告, en: {blank}}}\nyear: 2024\n"));
        var warning = Assert.Single(site.BuildOk().Diagnostics);
        Assert.Equal("'title' has no en text, so the zh text is shown on en pages.", warning.Message);
        Assert.Contains("测试报告", site.Html("en/r/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void One_text_for_every_language_is_not_a_gap()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", "title: ReportSite\nlanguages: [zh, en]\n"));
        Assert.Empty(site.Build().Diagnostics);
    }
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Diagnostics;

/// <summary>
/// Inputs that once ended a build with an unhandled exception (a stack trace): each is now a
/// diagnostic at its place, never the RS0007 internal error that is the last line of defence.
/// </summary>
public class NoUnhandledExceptionTests
{
    private static Dictionary<string, string> WithData() => SiteFiles.Minimal()
        .With("reports/r/zh/02-data.md", "---\ntitle: 数据\n---\n\n```datatable source=index\n```\n")
        .With("reports/r/en/02-data.md", "---\ntitle: Data\n---\n\n```chart source=index label=name value=score\n```\n")
        .With("data/index.yaml", "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: score, label: {zh: 得分, en: Score}, type: number}\n")
        .With("data/index.csv", "name,score\n甲,1.5\n");

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "a language the theme has no strings for", "site.yaml", "title: {zh: 站点, en: Site}\nlanguages: [zh, en, fr]\n", "RS0106 site.yaml:2:1" },
        { "a language without strings, in a block list", "site.yaml", "title: {zh: 站点, en: Site}\n\nlanguages:\n  - zh\n  - en\n  - de\n", "RS0106 site.yaml:3:1" },
        { "a data table whose only column lacks a key", "data/index.yaml", "title: 指数\ncolumns:\n  - {label: 名称}\n", "RS0601 data/index.yaml:3:5" },
        { "base_url with a scheme that is not http", "site.yaml", "title: {zh: 站点, en: Site}\nlanguages: [zh, en]\nbase_url: \"javascript:alert(1)\"\n", "RS0102 site.yaml:3:11" },
        { "base_url that is a broken URL", "site.yaml", "title: {zh: 站点, en: Site}\nlanguages: [zh, en]\nbase_url: \"http://[::1\"\n", "RS0102 site.yaml:3:11" },
        { "a theme name with a NUL character", "site.yaml", "title: {zh: 站点, en: Site}\nlanguages: [zh, en]\ntheme: \"a\\0b\"\n", "RS0301 site.yaml:0:0" },
        { "a report year past the calendar", "reports/r/report.yaml", "title: {zh: 报告, en: Report}\nyear: 99999\n", "RS0102 reports/r/report.yaml:2:7" },
        { "a negative report year", "reports/r/report.yaml", "title: {zh: 报告, en: Report}\nyear: -1\n", "RS0102 reports/r/report.yaml:2:7" },
        { "base_url with a query", "site.yaml", "title: {zh: 站点, en: Site}\nlanguages: [zh, en]\nbase_url: /a/?b\n", "RS0102 site.yaml:3:11" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_a_diagnostic_not_an_exception(string input, string path, string text, string expected)
    {
        using var site = new TestSite(WithData().With(path, text));
        var result = site.Build();
        // Warnings may follow (a new language lacks every per-language text: RS0108); the one error is the point.
        var found = TestSite.Errors(result).Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column}").ToList();
        Assert.True(found.SequenceEqual([expected]), $"{input}: expected only {expected}, got:\n{string.Join("\n", result.Diagnostics)}");
        Assert.Null(result.InternalException);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_i18n_table_that_is_not_a_mapping_stops_at_that_file()
    {
        using var site = TestSite.WithOwnTheme(theme => File.WriteAllText(Path.Combine(theme, "i18n", "en.yaml"), "- a list\n"));
        var result = site.Build();
        Assert.Equal(["RS0101 themes/default/i18n/en.yaml:1:1"], result.Diagnostics.Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column}"));
    }

    [Theory]
    [InlineData("assets/css/site.css")]
    [InlineData("assets/js/site.js")]
    [InlineData("assets/icon.svg")]
    public void A_theme_without_an_asset_every_page_links_to_is_a_theme_error(string asset)
    {
        using var site = TestSite.WithOwnTheme(theme => File.Delete(Path.Combine(theme, asset)), name: "mine");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0301", $"themes/mine/{asset}"), (error.Code, error.File));
        Assert.Null(result.InternalException);
    }

    [Fact]
    public void An_internal_error_names_the_file_being_processed_in_one_line()
    {
        var failure = new AggregateException(new InternalError("reports/r/zh/01-intro.md", new KeyNotFoundException("The given key 'fr' was not present.")));
        var diagnostic = InternalError.ToDiagnostic(failure);
        Assert.Equal(("RS0007", "reports/r/zh/01-intro.md", Severity.Error), (diagnostic.Code, diagnostic.File, diagnostic.Severity));
        Assert.Equal("Internal error while processing reports/r/zh/01-intro.md: The given key 'fr' was not present.", diagnostic.Message);
        Assert.DoesNotContain('\n', diagnostic.ToString());
    }

    [Fact]
    public void An_internal_error_without_a_file_still_says_what_happened()
    {
        var diagnostic = InternalError.ToDiagnostic(new InvalidOperationException("boom"));
        Assert.Equal("Internal error: boom", diagnostic.Message);
    }
}

using ReportSite.Tests.Support;

namespace ReportSite.Tests.Configuration;

/// <summary>site.yaml's <c>series</c> names each series; report.yaml's <c>series</c> makes a report one of its editions.</summary>
public class SeriesConfigTests
{
    private const string SiteWithSeries = SiteFiles.SiteYaml + "series:\n  world-internet: {zh: 世界互联网发展报告, en: World Internet Development Report}\n";

    private static Dictionary<string, string> TwoEditions(string secondReportYaml) => SiteFiles.Minimal()
        .With("site.yaml", SiteWithSeries)
        .With("reports/r/report.yaml", SiteFiles.ReportYaml + "series: world-internet\n")
        .With("reports/s/report.yaml", secondReportYaml)
        .With("reports/s/zh/01-intro.md", "---\ntitle: 引言\n---\n\n正文。\n")
        .With("reports/s/en/01-intro.md", "---\ntitle: Intro\n---\n\nText.\n");

    [Fact]
    public void A_series_that_is_not_an_id_in_report_yaml_is_an_error_at_its_value()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", SiteWithSeries)
            .With("reports/r/report.yaml", SiteFiles.ReportYaml + "series: World_Internet\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0109", "reports/r/report.yaml", 3, 9), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("lowercase letters", error.Hint);
    }

    [Fact]
    public void A_series_id_in_site_yaml_that_is_not_an_id_is_an_error_at_the_key()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", SiteFiles.SiteYaml + "series:\n  World Internet: {zh: 世界, en: World}\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0109", "site.yaml", 4, 3), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void A_series_site_yaml_does_not_define_is_an_error_with_the_closest_id()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", SiteWithSeries)
            .With("reports/r/report.yaml", SiteFiles.ReportYaml + "series: world-internt\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0110", "reports/r/report.yaml", 3, 9), (error.Code, error.File, error.Line, error.Column));
        Assert.Equal("Did you mean 'world-internet'?", error.Hint);
    }

    [Fact]
    public void A_series_named_without_any_series_in_site_yaml_says_how_to_define_it()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/report.yaml", SiteFiles.ReportYaml + "series: china-internet\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal("RS0110", error.Code);
        Assert.Contains("series: {china-internet: {zh: ..., en: ...}}", error.Hint);
    }

    [Fact]
    public void Two_editions_of_one_year_are_an_error_at_the_second_one_s_year()
    {
        using var site = new TestSite(TwoEditions("title: {zh: 另一版, en: Another}\nseries: world-internet\nyear: 2024\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0111", "reports/s/report.yaml", 3, 7), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("'reports/r/report.yaml' are both the 2024 edition of series 'world-internet'", error.Message);
    }

    [Fact]
    public void An_edition_without_a_year_is_an_error_at_its_series()
    {
        using var site = new TestSite(TwoEditions("title: {zh: 另一版, en: Another}\nseries: world-internet\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(("RS0111", "reports/s/report.yaml", 2, 1), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("has no year", error.Message);
    }

    [Fact]
    public void Editions_of_different_years_and_a_report_without_series_build_cleanly()
    {
        using var site = new TestSite(TwoEditions("title: {zh: 另一版, en: Another}\nseries: world-internet\nyear: 2023\n")
            .With("reports/t/report.yaml", "title: {zh: 独立, en: Alone}\nyear: 2023\n")
            .With("reports/t/zh/01-a.md", "---\ntitle: 甲\n---\n\n正文。\n")
            .With("reports/t/en/01-a.md", "---\ntitle: A\n---\n\nText.\n"));
        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_series_without_a_name_is_one_error_and_its_editions_still_build_as_a_series()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", SiteFiles.SiteYaml + "series:\n  world-internet:\n")
            .With("reports/r/report.yaml", SiteFiles.ReportYaml + "series: world-internet\n"));
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("RS0103", "site.yaml", 4, 3), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void A_series_name_missing_a_language_is_the_usual_warning_at_its_key()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", SiteFiles.SiteYaml + "series:\n  world-internet: {zh: 世界互联网发展报告}\n")
            .With("reports/r/report.yaml", SiteFiles.ReportYaml + "series: world-internet\n"));
        var result = site.BuildOk();
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0108", "site.yaml", 4), (warning.Code, warning.File, warning.Line));
        Assert.Equal("世界互联网发展报告", site.Html("en/index.html").QuerySelector("th[scope=rowgroup]")!.TextContent.Trim());
    }
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

public class HeadingStructureTests
{
    private static TestSite Pair(string zh, string en) => new(SiteFiles.Minimal()
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n" + zh + "\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n" + en + "\n"));

    private static List<Diagnostic> Warnings(TestSite site) =>
        site.Build().Diagnostics.Where(d => d.Code == "RS0504").OrderBy(d => d.File, StringComparer.Ordinal).ToList();

    [Fact]
    public void A_heading_at_another_level_warns_in_each_language_at_its_first_differing_heading()
    {
        using var site = Pair("## 背景\n\n正文。\n\n### 细节\n\n## 结论\n", "## Background\n\nText.\n\n## Details\n\n## Conclusion\n");
        var warnings = Warnings(site);
        Assert.Equal(2, warnings.Count);
        var (en, zh) = (warnings[0], warnings[1]);
        Assert.Equal((Severity.Warning, "reports/r/en/01-intro.md", 9, 1), (en.Severity, en.File, en.Line, en.Column));
        Assert.Equal((Severity.Warning, "reports/r/zh/01-intro.md", 9, 1), (zh.Severity, zh.File, zh.Line, zh.Column));
        Assert.Contains("'## Details'", en.Message);
        Assert.Contains("'reports/r/zh/01-intro.md' line 9 has '### 细节'", en.Message);
        Assert.Contains("'reports/r/en/01-intro.md' line 9 has '## Details'", zh.Message);
        Assert.Contains("from heading 2 on", zh.Message);
    }

    [Fact]
    public void An_extra_heading_warns_at_it_and_where_the_other_version_ends()
    {
        using var site = Pair("## 背景\n\n## 结论\n", "## Background\n\n## Conclusion\n\n## Appendix\n");
        var warnings = Warnings(site);
        Assert.Equal([("reports/r/en/01-intro.md", 9), ("reports/r/zh/01-intro.md", 7)], warnings.Select(w => (w.File, w.Line)));
        Assert.Contains("'## Appendix'", warnings[0].Message);
        Assert.Contains("has no more headings", warnings[0].Message);
        Assert.Contains("the headings end after 2", warnings[1].Message);
    }

    [Fact]
    public void A_version_without_headings_differs_from_one_with_them()
    {
        using var site = Pair("正文。", "## Background\n\nText.\n");
        var warnings = Warnings(site);
        Assert.Equal([("reports/r/en/01-intro.md", 5), ("reports/r/zh/01-intro.md", 0)], warnings.Select(w => (w.File, w.Line)));
    }

    [Fact]
    public void Versions_with_the_same_levels_in_the_same_order_do_not_warn_whatever_their_text()
    {
        using var site = Pair("## 背景\n\n### 细节\n\n## 结论\n", "## Background\n\n### Details\n\n## Summing up\n");
        Assert.Empty(Warnings(site));
    }

    [Fact]
    public void The_switcher_of_matching_versions_keeps_every_section_id()
    {
        using var site = Pair("## 背景\n\n### 细节\n", "## Background\n\n### Details\n");
        site.BuildOk();
        var link = site.Html("zh/r/intro/index.html").QuerySelector(".language-switcher a[data-language='en']")!;
        Assert.True(link.HasAttribute("data-keep-section"));
        Assert.False(link.HasAttribute("data-section-map"));
    }

    [Fact]
    public void The_switcher_of_differing_versions_maps_sections_by_id_then_position_then_parent_in_both_directions()
    {
        using var site = Pair(
            "## 背景 {#background}\n\n## 方法 {#method}\n\n### 数据来源\n\n## 结论 {#conclusion}\n",
            "## Background {#background}\n\n## Scope\n\n## Method {#method}\n\n### Sources\n\n## Conclusion {#conclusion}\n");
        site.BuildOk();
        // zh: sec-1 background, sec-2 method, sec-2-1 数据来源, sec-3 conclusion.
        // en: sec-1 background, sec-2 Scope, sec-3 method, sec-3-1 Sources, sec-4 conclusion.
        Assert.Equal("sec-2:sec-3 sec-2-1:sec-3 sec-3:sec-4", SectionMap(site, "zh", "en"));
        Assert.Equal("sec-3:sec-2 sec-3-1:sec-2 sec-4:sec-3", SectionMap(site, "en", "zh"));
    }

    [Fact]
    public void A_section_with_no_counterpart_and_no_parent_lands_on_the_top()
    {
        using var site = Pair("## 背景\n\n## 结论\n", "## Background\n\n### Details\n\n## Extra\n\n## Conclusion\n");
        site.BuildOk();
        // Levels part at the second heading: Details goes to its parent; Extra and Conclusion have
        // no shared id and no parent.
        Assert.Equal("sec-1-1:sec-1 sec-2: sec-3:", SectionMap(site, "en", "zh"));
        Assert.Equal("sec-2:", SectionMap(site, "zh", "en"));
    }

    private static string? SectionMap(TestSite site, string from, string to) =>
        site.Html($"{from}/r/intro/index.html").QuerySelector($".language-switcher a[data-language='{to}']")!.GetAttribute("data-section-map");
}

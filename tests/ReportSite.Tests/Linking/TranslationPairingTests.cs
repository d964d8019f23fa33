using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

public class TranslationPairingTests
{
    [Fact]
    public void Chapters_with_the_same_file_name_are_translations()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        site.BuildOk();
        var switcher = site.Html("zh/r/intro/index.html").QuerySelector(".language-switcher a[hreflang=en]")!;
        Assert.Equal("/en/r/intro/", switcher.GetAttribute("href"));
        Assert.True(switcher.HasAttribute("data-keep-section"));
    }

    [Fact]
    public void Translation_key_pairs_files_with_different_names()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .Without("reports/r/en/01-intro.md")
            .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\ntranslation_key: intro\n---\n\n正文\n")
            .With("reports/r/en/01-introduction.md", "---\ntitle: Introduction\ntranslation_key: intro\n---\n\nText\n"));
        var result = site.BuildOk();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RS0501");
        var switcher = site.Html("zh/r/intro/index.html").QuerySelector(".language-switcher a[hreflang=en]")!;
        Assert.Equal("/en/r/introduction/", switcher.GetAttribute("href"));
    }

    [Fact]
    public void Missing_translation_warns_and_the_switcher_says_so_and_links_to_the_report_index()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/02-only.md", "---\ntitle: 仅中文\n---\n\n正文\n"));
        var result = site.BuildOk();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RS0501");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("reports/r/zh/02-only.md", warning.File);

        var link = site.Html("zh/r/only/index.html").QuerySelector(".language-switcher a[hreflang=en]")!;
        Assert.Equal("/en/r/", link.GetAttribute("href"));
        Assert.False(link.HasAttribute("data-keep-section"));
        Assert.Contains("暂无", link.TextContent);
        Assert.False(site.Exists("en/r/only/index.html"));
    }

    [Fact]
    public void Chapter_numbers_are_shared_by_translations_even_when_one_language_lacks_a_chapter()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/zh/02-only.md", "---\ntitle: 仅中文\n---\n\n正文\n")
            .With("reports/r/zh/03-both.md", "---\ntitle: 双语\n---\n\n正文\n")
            .With("reports/r/en/03-both.md", "---\ntitle: Both\n---\n\nText\n"));
        site.BuildOk();
        Assert.Contains("第3章", site.Html("zh/r/both/index.html").QuerySelector(".article__kicker")!.TextContent);
        Assert.Contains("Chapter 3", site.Html("en/r/both/index.html").QuerySelector(".article__kicker")!.TextContent);
    }

    [Fact]
    public void Front_matter_order_overrides_the_file_name_prefix()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/zh/02-b.md", "---\ntitle: 乙\norder: 0\n---\n\nb\n")
            .With("reports/r/en/02-b.md", "---\ntitle: B\norder: 0\n---\n\nb\n"));
        site.BuildOk();
        var titles = site.Html("en/r/index.html").QuerySelectorAll(".chapter-table__title").Select(e => e.TextContent);
        Assert.Equal(["B", "Introduction"], titles);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        var files = SiteFiles.Minimal()
            .With("reports/r/zh/02-draft.md", "---\ntitle: 草稿\ndraft: true\n---\n\n正文\n")
            .With("reports/r/en/02-draft.md", "---\ntitle: Draft\ndraft: true\n---\n\nText\n");
        using var site = new TestSite(files);
        site.BuildOk();
        Assert.False(site.Exists("zh/r/draft/index.html"));
        Assert.True(site.Build(drafts: true).Succeeded);
        Assert.True(site.Exists("zh/r/draft/index.html"));
    }

    [Fact]
    public void Two_files_with_the_same_url_are_an_error()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/01-Intro.md", "---\ntitle: 重复\n---\n\nx\n"));
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal("RS0401", error.Code);
        Assert.Contains("/zh/r/01-intro/", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}

using System.CommandLine;
using ReportSite.Cli;
using ReportSite.Tests.Support;
using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

/// <summary>
/// <c>only_in: zh</c> in front matter: a chapter written in one language on purpose is not a
/// missing translation (no RS0501, <c>check --strict</c> passes), yet the report index and the
/// translation table still say it exists in one language only.
/// </summary>
public class OnlyInTests
{
    private static TestSite Site(string frontMatter = "only_in: zh\n") => new(SiteFiles.Minimal()
        .With("reports/r/zh/02-local.md", "---\ntitle: 仅中文的章节\n" + frontMatter + "---\n\n正文。\n"));

    [Fact]
    public void A_chapter_only_in_one_language_is_not_a_missing_translation()
    {
        using var site = Site();
        Assert.Empty(site.BuildOk().Diagnostics);
        using var unmarked = Site(frontMatter: "");
        Assert.Equal(["RS0501"], unmarked.Build().Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Check_strict_passes_and_the_translation_table_says_one_language()
    {
        using var site = Site();
        var output = new StringWriter();
        var exit = ReportSiteCommand.Create().Parse(["check", "--input", site.Input, "--strict", "--translations"])
            .Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        Assert.Equal(0, exit);
        Assert.Contains("one language: only_in: zh", output.ToString());
        var rows = Assert.Single(TranslationStatusReport.Build(site.Check().Site!, git: null)).Rows;
        Assert.Equal([TranslationState.Ok, TranslationState.OneLanguage], rows.Select(r => r.State));
    }

    [Fact]
    public void The_report_index_still_shows_it_in_one_language_only()
    {
        using var site = Site();
        site.BuildOk();
        var row = site.Html("zh/r/index.html").QuerySelectorAll("tr").Single(r => r.TextContent.Contains("仅中文的章节"));
        Assert.Contains("English", row.TextContent);
        Assert.Null(row.QuerySelector("a[hreflang=en]"));
        Assert.DoesNotContain("仅中文的章节", site.Read("en/r/index.html"));
    }

    [Fact]
    public void Only_in_another_language_than_the_folder_is_an_error()
    {
        using var site = Site("only_in: en\n");
        var codes = site.Build().Diagnostics.Select(d => (d.Code, d.File)).ToList();
        Assert.Contains(("RS0102", "reports/r/zh/02-local.md"), codes);
        Assert.Contains(("RS0501", "reports/r/zh/02-local.md"), codes);
    }

    [Fact]
    public void Only_in_on_a_translated_chapter_is_a_warning_to_remove_it()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/01-intro.md", "---\ntitle: 引言\nonly_in: zh\n---\n\n## 背景\n\n正文。\n"));
        var warning = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("RS0501", "reports/r/zh/01-intro.md"), (warning.Code, warning.File));
        Assert.Contains("remove only_in", warning.Hint, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_misspelt_only_in_gets_a_did_you_mean()
    {
        using var site = Site("onlyin: zh\n");
        Assert.Contains(site.Build().Diagnostics, d => d.Code == "RS0104" && d.Hint == "Did you mean 'only_in'?");
    }
}

using ReportSite.Content;
using ReportSite.Tests.Support;
using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

public class TranslationStatusReportTests
{
    [Fact]
    public void Missing_and_ok_rows_without_git()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/02-only.md", "---\ntitle: 仅中文\n---\n\n正文\n"));
        var tables = TranslationStatusReport.Build(site.BuildOk().Site!, git: null);
        var rows = Assert.Single(tables).Rows;
        Assert.Equal([TranslationState.Ok, TranslationState.Missing], rows.Select(r => r.State));
        Assert.Null(rows[1].Files["en"]);
        Assert.Equal("reports/r/zh/02-only.md", rows[1].Files["zh"]);
    }

    [Fact]
    public void A_row_says_where_the_headings_of_its_versions_part()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n## 背景\n\n### 细节\n")
            .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Background\n\n## Details\n")
            .With("reports/r/zh/02-same.md", "---\ntitle: 同\n---\n\n## 一\n")
            .With("reports/r/en/02-same.md", "---\ntitle: Same\n---\n\n## One\n"));
        var rows = Assert.Single(TranslationStatusReport.Build(site.BuildOk().Site!, git: null)).Rows;
        Assert.Equal(["zh line 7, en line 7", ""], rows.Select(r => r.HeadingsDiffer));
        Assert.Equal([TranslationState.Ok, TranslationState.Ok], rows.Select(r => r.State));
    }

    [Fact]
    public void Original_changed_after_its_translation_in_git_is_possibly_stale()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        TestGit.Run(site.Input, "2024-11-01T10:00:00Z", "init", "-q");
        TestGit.Run(site.Input, "2024-11-01T10:00:00Z", "add", "-A");
        TestGit.Run(site.Input, "2024-11-01T10:00:00Z", "commit", "-qm", "both");
        File.AppendAllText(Path.Combine(site.Input, "reports/r/zh/01-intro.md"), "\n补充。\n");
        TestGit.Run(site.Input, "2024-11-20T10:00:00Z", "commit", "-qam", "zh only");

        var git = GitHistory.Read(site.Input, out var unavailable);
        Assert.Null(unavailable);
        var row = Assert.Single(Assert.Single(TranslationStatusReport.Build(site.BuildOk().Site!, git)).Rows);
        Assert.Equal(TranslationState.PossiblyStale, row.State);
        Assert.Contains("zh changed after en", row.Note);
    }

    [Fact]
    public void Without_git_history_says_why()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var history = GitHistory.Read(Path.GetTempPath(), out var unavailable);
        if (history is not null) return; // the temp folder happens to be inside a repository on this machine
        Assert.Contains("not in a git repository", unavailable);
    }
}

using ReportSite.Tests.Support;

namespace ReportSite.Tests.Content;

/// <summary>
/// A Markdown file where the site does not read it would vanish from the published site; each is a
/// warning at the file whose hint names where it belongs.
/// </summary>
public class StrayMarkdownTests
{
    private const string Text = "---\ntitle: 文\n---\n\n正文。\n";

    private static ReportSite.Diagnostics.Diagnostic OnlyWarning(string path)
    {
        using var site = new TestSite(SiteFiles.Minimal().With(path, Text));
        return Assert.Single(site.Check().Diagnostics);
    }

    [Theory]
    [InlineData("pages/zh/sub/x.md", "Move it to pages/zh/x.md.")]
    [InlineData("pages/x.md", "Move it to pages/zh/x.md.")]
    [InlineData("pages/fr/x.md", "Move it to pages/zh/x.md (or another language folder), or add 'fr' to 'languages' in site.yaml.")]
    [InlineData("pages/zh/x.markdown", "Rename it to pages/zh/x.md.")]
    [InlineData("reports/r/x.md", "Move it to reports/r/zh/x.md (and its translation beside it in the other language folders).")]
    [InlineData("reports/r/zh/sub/y.md", "Move it to reports/r/zh/y.md.")]
    [InlineData("reports/r/en/deep/er/y.md", "Move it to reports/r/en/y.md.")]
    [InlineData("reports/r/fr/01.md", "Move it to reports/r/zh/01.md (or another language folder), or add 'fr' to 'languages' in site.yaml.")]
    [InlineData("reports/r/images/notes.md", "Move it to reports/r/zh/notes.md (or another language folder), or add 'images' to 'languages' in site.yaml.")]
    [InlineData("reports/r/en/02-data.MARKDOWN", "Rename it to reports/r/en/02-data.md.")]
    [InlineData("reports/x.md", "Move it to reports/<report>/zh/x.md for a chapter or pages/zh/x.md for a page.")]
    [InlineData("chapter.md", "Move it to reports/<report>/zh/chapter.md for a chapter or pages/zh/chapter.md for a page.")]
    [InlineData("data/notes.md", "Move it to reports/<report>/zh/notes.md for a chapter or pages/zh/notes.md for a page.")]
    public void Markdown_the_site_does_not_read_is_a_warning_at_the_file_naming_where_it_belongs(string path, string hint)
    {
        var warning = OnlyWarning(path);
        Assert.Equal(("RS0008", ReportSite.Diagnostics.Severity.Warning, path, 0, 0), (warning.Code, warning.Severity, warning.File, warning.Line, warning.Column));
        Assert.Equal(hint, warning.Hint);
        Assert.Contains("not published", warning.Message);
    }

    [Theory]
    [InlineData("reports/r/images/chart.png")]
    [InlineData("reports/r/zh/figures/map.svg")]
    [InlineData("reports/r/attachments/survey.pdf")]
    public void Media_beside_chapters_is_not_a_stray(string path)
    {
        using var site = new TestSite(SiteFiles.Minimal().With(path, "x"));
        Assert.Empty(site.Check().Diagnostics);
    }

    [Fact]
    public void Every_stray_is_reported_not_only_the_first_of_its_folder()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/fr/01.md", Text).With("reports/r/fr/02.md", Text));
        Assert.Equal(["reports/r/fr/01.md", "reports/r/fr/02.md"], site.Check().Diagnostics.Select(d => d.File).Order(StringComparer.Ordinal));
    }
}

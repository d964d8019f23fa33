using ReportSite.Content;
using ReportSite.Tests.Support;
using ReportSite.Translations;

namespace ReportSite.Tests.Translations;

public class TranslationStamperTests
{
    private static readonly TranslationStamp Stamp = new("zh", "1a2b3c4d");

    [Fact]
    public void Stamp_goes_at_the_end_of_the_front_matter()
    {
        Assert.Equal("---\ntitle: X\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\n---\n\nText\n",
            TranslationStamper.WithStamp("---\ntitle: X\n---\n\nText\n", Stamp));
    }

    [Fact]
    public void Stamp_replaces_an_earlier_stamp_in_either_form()
    {
        Assert.Equal("---\ntitle: X\nsummary: S\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\n---\nText",
            TranslationStamper.WithStamp("---\ntitle: X\ntranslated_from: {lang: zh, hash: 00000000}\nsummary: S\n---\nText", Stamp));
        Assert.Equal("---\ntitle: X\nsummary: S\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\n---\nText",
            TranslationStamper.WithStamp("---\ntitle: X\ntranslated_from:\n  lang: zh\n  hash: 0\nsummary: S\n---\nText", Stamp));
    }

    [Fact]
    public void Stamp_adds_front_matter_when_there_is_none_and_keeps_crlf()
    {
        Assert.Equal("---\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\n---\n# Title\n", TranslationStamper.WithStamp("# Title\n", Stamp));
        Assert.Equal("---\r\ntitle: X\r\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\r\n---\r\nText",
            TranslationStamper.WithStamp("---\r\ntitle: X\r\n---\r\nText", Stamp));
    }

    [Fact]
    public void Outdated_translation_shows_readers_a_notice_linking_to_the_original()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\ntranslated_from: {lang: zh, hash: 00000000}\n---\n\n## Background\n\nText.\n"));
        var result = site.BuildOk();
        Assert.Contains(result.Diagnostics, d => d.Code == "RS0503" && d.File == "reports/r/en/01-intro.md");
        var notice = site.Html("en/r/intro/index.html").QuerySelector(".notice--outdated")!;
        Assert.Contains("The original has changed", notice.TextContent);
        Assert.Equal("/zh/r/intro/", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(site.Html("zh/r/intro/index.html").QuerySelector(".notice--outdated"));
    }

    [Fact]
    public void Up_to_date_stamp_shows_no_notice_and_no_warning()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var linked = site.Check().Site!; // as the CLI stamps: a build that writes lets go of each page's Markdown once rendered
        var outcome = TranslationStamper.Stamp(linked, site.Input, Path.Combine(site.Input, "reports/r/en/01-intro.md"));
        Assert.Equal("zh", outcome.Stamp!.Language);

        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
        Assert.Null(site.Html("en/r/intro/index.html").QuerySelector(".notice--outdated"));
    }
}

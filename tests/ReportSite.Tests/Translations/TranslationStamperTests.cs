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
    public void Stamp_replaces_an_earlier_stamp_in_either_form_where_it_stood()
    {
        Assert.Equal("---\ntitle: X\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\nsummary: S\n---\nText",
            TranslationStamper.WithStamp("---\ntitle: X\ntranslated_from: {lang: zh, hash: 00000000}\nsummary: S\n---\nText", Stamp));
        Assert.Equal("---\ntitle: X\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\nsummary: S\n---\nText",
            TranslationStamper.WithStamp("---\ntitle: X\ntranslated_from:\n  lang: zh\n  hash: 0\nsummary: S\n---\nText", Stamp));
    }

    [Fact]
    public void Stamp_adds_front_matter_when_there_is_none_and_keeps_crlf()
    {
        Assert.Equal("---\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\n---\n# Title\n", TranslationStamper.WithStamp("# Title\n", Stamp));
        Assert.Equal("---\r\ntitle: X\r\ntranslated_from: {lang: zh, hash: 1a2b3c4d}\r\n---\r\nText",
            TranslationStamper.WithStamp("---\r\ntitle: X\r\n---\r\nText", Stamp));
    }

    private const string Line = "translated_from: {lang: zh, hash: 1a2b3c4d}";

    /// <summary>Each file is written as before + after; stamping must give exactly before + the stamp line + after.</summary>
    public static TheoryData<string, string, string> Files => new()
    {
        { "LF", "---\ntitle: X\n", "---\n\nText\n" },
        { "CRLF", "---\r\ntitle: X\r\n", "---\r\n\r\nText\r\n" },
        { "CR only", "---\rtitle: X\r", "---\r\rText\r" },
        { "mixed, CRLF before the fence", "---\ntitle: X\r\n", "---\n\rText\r\nMore\n" },
        { "mixed, CR before the fence", "---\r\ntitle: X\r", "---\r\n\nText\n" },
        { "BOM", "\uFEFF---\ntitle: 标题\n", "---\nText\n" },
        { "BOM and CRLF", "\uFEFF---\r\ntitle: X\r\n", "...\r\nText" },
        { "empty front matter", "---\r\n", "---\r\nText" },
        { "trailing spaces and tabs kept", "---\ntitle: X  \t\n", "---  \nText\t \n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Stamping_inserts_one_line_in_the_files_own_line_ending_and_keeps_every_other_character(string kind, string before, string after)
    {
        var newline = before.EndsWith("\r\n") ? "\r\n" : before[^1..];
        Assert.True(TranslationStamper.WithStamp(before + after, Stamp) == before + Line + newline + after, kind);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Restamping_replaces_only_the_stamp_line(string kind, string before, string after)
    {
        var newline = before.EndsWith("\r\n") ? "\r\n" : before[^1..];
        var stamped = TranslationStamper.WithStamp(before + after, new TranslationStamp("zh", "00000000"))!;
        Assert.True(TranslationStamper.WithStamp(stamped, Stamp) == before + Line + newline + after, kind);
    }

    [Theory]
    [InlineData("# Title\nText\n", "\n")]
    [InlineData("# Title\r\nText\n", "\r\n")]
    [InlineData("# Title\rText\r", "\r")]
    [InlineData("# Title", "\n")]
    [InlineData("", "\n")]
    [InlineData("---  \nnot a fence: the parser wants exactly ---\n", "\n")]
    public void File_without_front_matter_gets_one_on_top_and_keeps_the_rest(string text, string newline)
    {
        Assert.Equal($"---{newline}{Line}{newline}---{newline}{text}", TranslationStamper.WithStamp(text, Stamp));
        Assert.Equal($"\uFEFF---{newline}{Line}{newline}---{newline}{text}", TranslationStamper.WithStamp("\uFEFF" + text, Stamp));
    }

    [Theory]
    [InlineData("---\ntitle: X\n\nText\n")]
    [InlineData("---\r\ntitle: X\r\n")]
    [InlineData("---\rtitle: X\rText")]
    [InlineData("---")]
    public void Unclosed_front_matter_is_not_stamped(string text)
    {
        Assert.Null(TranslationStamper.WithStamp(text, Stamp));
    }

    [Theory]
    [InlineData("\uFEFF---\r\ntitle: Introduction\r\n---\r\n\r\n## Background\r\n\r\nText.\r\n")]
    [InlineData("---\rtitle: Introduction\r---\r\r## Background\r\rText.\r")]
    [InlineData("---\ntitle: Introduction\r\n---\r\r## Background\n\rText.\n")]
    public void Stamping_a_file_on_disk_keeps_its_bytes_and_the_build_reads_the_stamp(string text)
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/en/01-intro.md", text));
        var path = Path.Combine(site.Input, "reports/r/en/01-intro.md");
        var original = File.ReadAllBytes(path);
        var outcome = TranslationStamper.Stamp(site.Check().Site!, site.Input, path);

        var stamp = outcome.Stamp!;
        var expected = TranslationStamper.WithStamp(text, stamp)!;
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(path));
        Assert.Equal(original.Length + System.Text.Encoding.UTF8.GetByteCount(expected) - System.Text.Encoding.UTF8.GetByteCount(text), File.ReadAllBytes(path).Length);
        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Unclosed_front_matter_on_disk_is_an_error_and_the_file_is_untouched()
    {
        const string text = "---\r\ntitle: Introduction\r\n\r\n## Background\rText.\n";
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/en/01-intro.md", text));
        var path = Path.Combine(site.Input, "reports/r/en/01-intro.md");
        var original = File.ReadAllBytes(path);
        var outcome = TranslationStamper.Stamp(site.Check().Site!, site.Input, path);

        Assert.Null(outcome.Stamp);
        Assert.Contains("never closed", outcome.Message);
        Assert.Contains(path, outcome.Message);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void File_that_cannot_be_read_or_written_is_an_error_naming_it()
    {
        // Tests run as root, so a read-only file would still be written: a folder in the file's place fails alike.
        using var site = new TestSite(SiteFiles.Minimal());
        var path = Path.Combine(site.Input, "reports/r/en/01-intro.md");
        var linked = site.Check().Site!;
        File.Delete(path);
        Directory.CreateDirectory(path);

        var outcome = TranslationStamper.Stamp(linked, site.Input, path);
        Assert.Null(outcome.Stamp);
        Assert.StartsWith(path + ": cannot be stamped", outcome.Message);
        Assert.DoesNotContain("   at ", outcome.Message);
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
        var linked = site.Build().Site!; // a build that writes keeps no page's text, but the hash was taken when the file was read
        var outcome = TranslationStamper.Stamp(linked, site.Input, Path.Combine(site.Input, "reports/r/en/01-intro.md"));
        Assert.Equal("zh", outcome.Stamp!.Language);

        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
        Assert.Null(site.Html("en/r/intro/index.html").QuerySelector(".notice--outdated"));
    }
}

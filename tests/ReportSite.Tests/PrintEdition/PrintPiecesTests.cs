using System.Text;
using ReportSite.Cli.Pdf;
using ReportSite.PrintEdition;
using ReportSite.Templating.Views;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.PrintEdition;

/// <summary>The small parts of the print edition and <c>build --pdf</c>.</summary>
public class PrintPiecesTests
{
    [Fact]
    public void A_chapter_body_gets_its_prefix_and_links_to_chapters_of_the_edition_stay_in_the_page()
    {
        var ids = new Dictionary<string, string> { ["/b/zh/r/intro/"] = "ch1", ["/b/zh/r/data/"] = "ch2" };
        var html = "<h2 id=\"sec-1\">背景</h2>\n<p><a href=\"#fn-1\">1</a> <a href=\"/b/zh/r/intro/#sec-2\">x</a> <a href=\"/b/zh/r/intro/\">y</a> " +
                   "<a href=\"/b/zh/r/intro/parallel/\">z</a> <a href=\"/b/zh/other/\">w</a> <a href=\"https://example.org/\">e</a></p>";
        var rewritten = PrintChapterBody.Rewrite(html, "ch2", ids);
        Assert.Equal("<h3 id=\"ch2-sec-1\">背景</h3>\n<p><a href=\"#ch2-fn-1\">1</a> <a href=\"#ch1-sec-2\">x</a> <a href=\"#ch1\">y</a> " +
                     "<a href=\"/b/zh/r/intro/parallel/\">z</a> <a href=\"/b/zh/other/\">w</a> <a href=\"https://example.org/\">e</a></p>", rewritten);
    }

    [Fact]
    public void A_chapter_bodys_headings_go_one_level_under_its_title_on_the_edition()
    {
        var html = "<h2 id=\"sec-1\">甲</h2><h3 id=\"sec-1-1\" class=\"x\">乙</h3><h4>丙</h4><h5>丁</h5><h6>戊</h6>" +
                   "<header><hr><p>&lt;h2&gt; is text</p><pre><code>&lt;h3&gt;</code></pre></header>";
        Assert.Equal("<h3 id=\"ch1-sec-1\">甲</h3><h4 id=\"ch1-sec-1-1\" class=\"x\">乙</h4><h5>丙</h5><h6>丁</h6><h6>戊</h6>" +
                     "<header><hr><p>&lt;h2&gt; is text</p><pre><code>&lt;h3&gt;</code></pre></header>",
            PrintChapterBody.Rewrite(html, "ch1", new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("Plain", "\"Plain\"")]
    [InlineData("世界互联网发展报告2024", "\"世界互联网发展报告2024\"")]
    [InlineData("a\"b\\c", "\"a\\22 b\\5c c\"")]
    [InlineData("a\nb</style>", "\"a\\a b\\3c /style\\3e \"")]
    public void A_title_becomes_a_css_string_that_cannot_end_early(string title, string css) =>
        Assert.Equal(css, RunningHeaderStyle.CssString(title));

    [Theory]
    [InlineData(1L, "1 KB")]
    [InlineData(1024L, "1 KB")]
    [InlineData(1025L, "2 KB")]
    [InlineData(850L * 1024, "850 KB")]
    [InlineData(999L * 1024, "999 KB")]
    [InlineData(999L * 1024 + 1, "1.0 MB")]
    [InlineData(1000L * 1024, "1.0 MB")]
    [InlineData(1_258_291L, "1.2 MB")]
    public void A_pdf_size_reads_in_kb_below_1000_kb_else_in_mb(long bytes, string shown) =>
        Assert.Equal(shown, PdfLinkView.FormatSize(bytes));

    [Fact]
    public void Pdf_time_stamps_are_pinned_without_moving_a_byte()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n<< /Producer (Skia) /CreationDate (D:20261204033518+00'00') /ModDate (D:20261204033518+00'00') >>\n%%EOF");
        var pinned = PdfMetadata.WithoutClock((byte[])pdf.Clone());
        Assert.Equal(pdf.Length, pinned.Length);
        Assert.Equal("%PDF-1.4\n<< /Producer (Skia) /CreationDate (D:20000101000000+00'00') /ModDate (D:20000101000000+00'00') >>\n%%EOF", Encoding.ASCII.GetString(pinned));
    }

    [Fact]
    public void The_browser_is_the_one_named_else_the_first_of_chromium_chromium_browser_google_chrome_on_the_path()
    {
        using var temp = new TempDirectory();
        string Program(string folder, string name)
        {
            var path = temp.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "#!/bin/sh\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return path;
        }
        var chrome = Program("a", "google-chrome");
        var chromium = Program("b", "chromium");
        File.WriteAllText(temp.Combine("a", "chromium-browser"), "not executable");
        var path = string.Join(Path.PathSeparator, temp.Combine("a"), temp.Combine("b"));
        Assert.Equal(chromium, BrowserLocator.Find(null, null, path).Path);
        Assert.Equal(chrome, BrowserLocator.Find(null, null, temp.Combine("a")).Path);
        Assert.Equal(chrome, BrowserLocator.Find(null, "google-chrome", path).Path);
        Assert.Equal(chrome, BrowserLocator.Find(chrome, chromium, path).Path);
        Assert.Equal(new BrowserLocator.Found(null, null), BrowserLocator.Find(null, null, ""));
        Assert.Equal(new BrowserLocator.Found(null, "/no/chrome"), BrowserLocator.Find(null, "/no/chrome", path));
    }
}

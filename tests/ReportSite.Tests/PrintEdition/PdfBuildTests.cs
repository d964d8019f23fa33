using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ReportSite.Cli;
using ReportSite.Tests.Browser;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.PrintEdition;

/// <summary>
/// <c>reportsite build --pdf</c> on the example site with Debian's Chromium, every PDF read back with
/// poppler-utils (pdfinfo, pdftotext). Skipped without Chromium or poppler-utils, unless CI=true.
/// </summary>
public sealed partial class PdfBuildTests
{
    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public void Build_pdf_prints_every_report_in_every_language_with_its_last_chapter_running_header_and_page_numbers()
    {
        var missing = File.Exists(BrowserFixture.ChromiumPath) ? TestTools.Missing(TestTools.PdfInfo) ?? TestTools.Missing(TestTools.PdfToText) ?? TestTools.Missing(TestTools.PdfToHtml)
            : BrowserFixture.OnCi ? throw new InvalidOperationException($"CI=true but Chromium is not installed at {BrowserFixture.ChromiumPath}") : "Chromium is not installed (apt-get install chromium).";
        Skip.If(missing is not null, missing);
        using var temp = new TempDirectory();
        var output = temp.Combine("_site");
        var console = new StringWriter();
        var errors = new StringWriter();
        var exit = ReportSiteCommand.Create()
            .Parse(["build", "--pdf", "--browser", BrowserFixture.ChromiumPath, "--input", RepoPaths.ExampleInput, "--output", output, "--base-url", "/report-site/", "--no-cache"])
            .Invoke(new InvocationConfiguration { Output = console, Error = errors });
        Assert.True(exit == 0, $"build --pdf failed:\n{console}\n{errors}");
        Assert.Equal("", errors.ToString());

        var reports = Directory.GetDirectories(Path.Combine(RepoPaths.ExampleInput, "reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(reports);
        foreach (var report in reports)
        foreach (var language in new[] { "zh", "en" })
        {
            var index = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, language, report!, "index.html")));
            var chapters = index.QuerySelectorAll(".chapter-table a.chapter-table__title").ToList();
            if (chapters.Count == 0) continue;
            var title = index.QuerySelector("main h1")!.TextContent.Trim();
            var pdf = Path.Combine(output, language, report!, report + ".pdf");
            Assert.True(File.Exists(pdf), $"{pdf} was not printed");

            // The report index links it, with its size.
            var link = index.QuerySelector($"a[href='/report-site/{language}/{report}/{report}.pdf']");
            Assert.NotNull(link);
            Assert.Matches(language == "zh" ? @"^PDF，\d+(\.\d)? [KM]B$" : @"^PDF, \d+(\.\d)? [KM]B$", link!.TextContent.Trim());

            // It opens, is A4, and has a page per chapter at least (plus cover and contents) and not many more.
            var info = Run(TestTools.PdfInfo, pdf);
            var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(pages, chapters.Count + 2, 2 + chapters.Count * 4);
            Assert.Contains("(A4)", info);

            // The last chapter's title and first paragraph, in the PDF's language.
            var last = chapters[^1];
            var chapterPage = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, last.GetAttribute("href")!["/report-site/".Length..], "index.html")));
            var paragraph = Squeeze(chapterPage.QuerySelector(".prose > p")!.TextContent);
            var text = Squeeze(Run(TestTools.PdfToText, "-enc", "UTF-8", pdf, "-"));
            Assert.Contains(Squeeze(last.TextContent), text);
            Assert.Contains(paragraph[..Math.Min(20, paragraph.Length)], text);
            if (language == "zh") Assert.Matches(@"\p{IsCJKUnifiedIdeographs}{4}", paragraph);
            else Assert.Matches(@"[A-Za-z]{4,} [A-Za-z]{2,}", chapterPage.QuerySelector(".prose > p")!.TextContent);

            // Its bookmarks put the last chapter's sections under the chapter (pdftohtml -xml writes the outline).
            var outline = System.Xml.Linq.XDocument.Parse(Run(TestTools.PdfToHtml, "-xml", "-i", "-q", "-stdout", pdf));
            var sections = outline.Descendants("item").Where(i => Squeeze(i.Value) == Squeeze(last.TextContent))
                .SelectMany(i => i.ElementsAfterSelf().Take(1).Where(e => e.Name.LocalName == "outline"))
                .SelectMany(nested => nested.Elements("item"))
                .Select(i => Squeeze(i.Value)).ToList();
            Assert.Contains(Squeeze(chapterPage.QuerySelector(".prose h2")!.TextContent.TrimEnd('#')), sections);

            // Page 3 (the first chapter's first page) has the report's title in its running header and its number in the footer.
            var third = Run(TestTools.PdfToText, "-enc", "UTF-8", "-f", "3", "-l", "3", "-layout", pdf, "-").Split('\n').Select(l => l.Trim()).ToList();
            Assert.Contains(third, line => Squeeze(line) == Squeeze(title));
            Assert.Contains("3", third);
            Assert.DoesNotContain(Run(TestTools.PdfToText, "-enc", "UTF-8", "-f", "1", "-l", "1", pdf, "-").Split('\n').Select(l => l.Trim()), line => line == "1");
        }
    }

    /// <summary>Text without white space, in one Unicode form: PDF text breaks lines where the page did.</summary>
    private static string Squeeze(string text) => Regex.Replace(text.Normalize(NormalizationForm.FormKC), @"\s+", "");

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{program} did not finish");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {stderr.Result}");
        return stdout.Result;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}

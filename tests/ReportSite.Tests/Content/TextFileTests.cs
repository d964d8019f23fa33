using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Content;

/// <summary>Reading input text: noncharacters, and files larger than any limit the site may set (issue 18).</summary>
public class TextFileTests
{
    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Read(string content)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("a.md"), content);
        var bag = new DiagnosticBag();
        var text = TextFile.Read(temp.Path, "a.md", TextFile.DefaultMaxBytes, bag);
        return (text, bag.Sorted());
    }

    [Theory]
    [InlineData("\uFFFE", "FFFE")]
    [InlineData("\uFFFF", "FFFF")]
    [InlineData("\uFDD0", "FDD0")]
    [InlineData("\uFDEF", "FDEF")]
    [InlineData("\U0001FFFE", "1FFFE")]
    [InlineData("\U0010FFFF", "10FFFF")]
    public void A_noncharacter_is_shown_as_a_replacement_character_with_a_warning_at_its_place(string noncharacter, string hex)
    {
        var (text, diagnostics) = Read($"第一行\n正文{noncharacter}。\n再来{noncharacter}\n");

        Assert.Equal("第一行\n正文\uFFFD。\n再来\uFFFD\n", text);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(("RS0009", Severity.Warning, 2, 3), (warning.Code, warning.Severity, warning.Line, warning.Column));
        Assert.Contains($"U+{hex}", warning.Message);
    }

    [Fact]
    public void Characters_next_to_the_noncharacters_are_kept()
    {
        const string text = "\uFFFD \uFFFC \uFDCF \uFDF0 \U0001FFFD \U00020000 😀 \uFFEE 𠀀\n";
        var (read, diagnostics) = Read(text);

        Assert.Equal(text, read);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_noncharacter_in_a_chapter_builds_with_the_warning_and_the_text_around_it()
    {
        using var site = TestSite.WithChapter("## Background\n\nBefore\uFFFEafter.");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RS0009");
        Assert.Equal(("reports/r/en/01-intro.md", 7, 7), (warning.File, warning.Line, warning.Column));
        Assert.Contains("Before\uFFFDafter.", site.Read("en/r/intro/index.html"));
    }

    [Fact]
    public void A_file_past_2_GiB_is_refused_by_its_size_even_at_the_largest_limit()
    {
        using var temp = new TempDirectory();
        using (var file = File.Create(temp.Combine("huge.md"))) file.SetLength(2L * 1024 * 1024 * 1024 + 1); // sparse: no disk used
        var bag = new DiagnosticBag();

        var text = TextFile.Read(temp.Path, "huge.md", ReportSite.Configuration.SiteConfig.LargestMaxFileSizeMb * 1024L * 1024, bag);

        Assert.Null(text);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal("RS0003", error.Code);
        Assert.Contains("2048 MB", error.Message);
    }

    [Theory]
    [InlineData("1025")]
    [InlineData("4096")]
    [InlineData("0")]
    public void A_size_limit_out_of_range_is_an_error_at_its_value(string megabytes)
    {
        var files = SiteFiles.Minimal();
        files["site.yaml"] += $"max_file_size_mb: {megabytes}\n";
        using var site = new TestSite(files);

        var error = Assert.Single(TestSite.Errors(site.Check()));

        Assert.Equal(("RS0102", "site.yaml"), (error.Code, error.File));
        Assert.Contains("from 1 to 1024", error.Message);
    }
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>Hostile input (issue 10): absurdly deep Markdown is a clear error, never a crash of the build.</summary>
public class DeepNestingTests
{
    [Theory]
    [InlineData("quotes")]      // Markdig itself refuses this depth
    [InlineData("lists")]       // Markdig itself refuses this depth
    [InlineData("emphasis")]    // Markdig parses this but cannot render it
    public void Ten_thousand_levels_are_an_error_at_the_line_and_the_output_is_left_alone(string kind)
    {
        var body = kind switch
        {
            "quotes" => new string('>', 10_000) + " text",
            "lists" => string.Concat(Enumerable.Repeat("- ", 10_000)) + "text",
            _ => new string('*', 10_000) + "text" + new string('*', 10_000),
        };
        using var site = TestSite.WithChapter("A first paragraph.\n\n" + body);
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "previous.html"), "previous build");
        ReportSite.Output.OutputMarker.WriteTo(site.Output); // a previous build's output

        var result = site.Build();

        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(DiagnosticCodes.TooDeeplyNested.Id, error.Code);
        Assert.Equal(("reports/r/en/01-intro.md", 7, 1), (error.File, error.Line, error.Column));
        Assert.Equal("previous build", File.ReadAllText(Path.Combine(site.Output, "previous.html")));
    }

    [Fact]
    public void Nesting_a_report_would_use_builds()
    {
        using var site = TestSite.WithChapter("> quote\n>\n> > nested quote\n> >\n> > - list\n> >   - sub-list\n> >     - ***strong** emphasis* [link **in** it](https://example.org)");
        site.BuildOk();
        Assert.NotNull(site.Html("en/r/intro/index.html").QuerySelector(".prose blockquote blockquote ul ul a strong"));
    }

    [Theory]
    [InlineData("destinations")] // Markdig: 20 s on 200 KB of this
    [InlineData("brackets")]     // Markdig: 5 s on 10,000 of these
    public void Link_syntax_that_would_take_markdig_minutes_is_an_error_at_its_line(string kind)
    {
        var body = kind == "destinations"
            ? string.Concat(Enumerable.Repeat("[a](", 50_000))
            : string.Concat(Enumerable.Repeat("[a ", 10_000)) + "x" + string.Concat(Enumerable.Repeat("](u)", 10_000));
        using var site = TestSite.WithChapter("A first paragraph with [a link](https://example.org).\n\n" + body);

        var error = Assert.Single(TestSite.Errors(site.Build()));

        Assert.Equal((DiagnosticCodes.TooCostlyLinks.Id, "reports/r/en/01-intro.md", 7), (error.Code, error.File, error.Line));
    }
}

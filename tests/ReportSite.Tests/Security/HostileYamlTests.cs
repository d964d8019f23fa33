using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>Hostile input (issue 10): YAML that expands without bound, nests without bound or asks for .NET types.</summary>
public class HostileYamlTests
{
    private const string BillionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;

    [Fact]
    public void Billion_laughs_in_front_matter_is_an_error_at_the_anchor()
    {
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"), "---\ntitle: Intro\n" + BillionLaughs + "\n---\n\nText.\n");

        var error = Assert.Single(TestSite.Errors(site.Build()), e => e.Code == DiagnosticCodes.YamlSyntax.Id);

        Assert.Equal(("reports/r/en/01-intro.md", 11, 4), (error.File, error.Line, error.Column));
        Assert.Contains("&i", error.Message);
        Assert.Contains("100,000", error.Message);
    }

    [Fact]
    public void Billion_laughs_in_a_data_file_is_an_error_too()
    {
        using var site = TestSite.WithChapter("Text.");
        Directory.CreateDirectory(Path.Combine(site.Input, "data"));
        File.WriteAllText(Path.Combine(site.Input, "data/laughs.yaml"), "title: Laughs\n" + BillionLaughs + "\n");
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal((DiagnosticCodes.YamlSyntax.Id, "data/laughs.yaml"), (error.Code, error.File));
    }

    [Theory]
    [InlineData("keywords: &k [a, *k]")]
    [InlineData("? &k [a, *k]\n: value")]   // as a key YamlDotNet hashes the loop: a stack overflow inside the loader
    public void An_alias_inside_the_value_it_names_is_an_error_not_a_stack_overflow(string yaml)
    {
        // Found by fuzzing the front matter splitter (tests/ReportSite.Fuzz).
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"), $"---\ntitle: Intro\n{yaml}\n---\n\nText.\n");

        var error = Assert.Single(TestSite.Errors(site.Build()), e => e.Code == DiagnosticCodes.YamlSyntax.Id);

        Assert.Equal(3, error.Line);
        Assert.Contains("refers to the value that contains it", error.Message);
    }

    [Fact]
    public void A_chain_of_aliases_deeper_than_the_nesting_limit_is_an_error()
    {
        var chain = string.Join("\n", Enumerable.Range(1, 70).Select(i => i == 1 ? "a1: &a1 [x]" : $"a{i}: &a{i} [*a{i - 1}]"));
        using var site = TestSite.WithChapter("Text.");
        Directory.CreateDirectory(Path.Combine(site.Input, "data"));
        File.WriteAllText(Path.Combine(site.Input, "data/chain.yaml"), "title: Chain\n" + chain + "\n");

        var error = Assert.Single(TestSite.Errors(site.Build()));

        Assert.Equal((DiagnosticCodes.YamlSyntax.Id, "data/chain.yaml"), (error.Code, error.File));
        Assert.Contains("more than 64 levels", error.Message);
    }

    [Fact]
    public void A_few_aliases_still_work()
    {
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"),
            "---\ntitle: &t Intro\nsummary: *t\n---\n\nText.\n");
        site.BuildOk();
        Assert.Equal("Intro", site.Html("en/r/intro/index.html").QuerySelector(".article__summary")!.TextContent);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(65)]
    public void Deeply_nested_yaml_is_an_error_not_a_stack_overflow(int depth)
    {
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"),
            "---\ntitle: Intro\nkeywords: " + new string('[', depth) + new string(']', depth) + "\n---\n\nText.\n");

        var error = Assert.Single(TestSite.Errors(site.Build()), e => e.Code == DiagnosticCodes.YamlSyntax.Id);

        Assert.Equal(3, error.Line);
        Assert.Contains("nested more than 64 levels", error.Message);
    }

    [Fact]
    public void Type_tags_create_no_objects_the_value_is_text()
    {
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"),
            "---\ntitle: !<tag:yaml.org,2002:System.IO.FileInfo> /etc/passwd\nsummary: !!python/object/apply:os.system id\n---\n\nText.\n");

        site.BuildOk();

        var page = site.Html("en/r/intro/index.html");
        Assert.Equal("/etc/passwd", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("id", page.QuerySelector(".article__summary")!.TextContent);
    }
}

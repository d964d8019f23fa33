using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Tests.Content;

public class SimpleFrontMatterTests
{
    private static readonly string[] Texts =
    [
        "\"网络法治（18）\"", "Plain title", "\"with: colon # hash\"", "2024-01-01", "true", "C#", "It's", "a :b", "a:b", "数字 经济",
        "\"  \"", "null", "~x", "x ~", "\"a\\\"b\"", "'single'", "x: y", "x #y", "x#y", "[a, b]", "{a: b}", "x ", "\"\"", "1. Intro",
        "-x", "yes", "Y", "\"tab\there\"", "emoji 😀", "a\u00a0b", "\"x\u2028y\"", "&anchor", "*alias", "!tag x", "| x", "> x", "%x", "@x", "`x`",
        "?x", "x, y", "x [y]", "x {y}", "\"unclosed", "x\"", "3", "03", "-1", "+3", "3.0", "\"3\"", "1_000", "0x10", "2024-11-21",
        "2024-1-1", "\"2024-11-21\"", "2024-11-21T00:00", "false", "True", "TRUE", "\"true\"", "[a,b]", "[ a , b ]", "[]", "[a, b,]",
        "[\"a\", b]", "[a: b]", "[a, [b]]", "[数据, 治理]", "[a b, c-d]", "[a:b]", "[a, b", "a", "[a #b]", "[a, b c d]", "[1, 2]", "[true]",
    ];

    private static readonly string[] Keys = [.. FrontMatter.Keys, "titel"];

    [Fact]
    public void Front_matter_read_without_yaml_is_what_the_yaml_parser_reads()
    {
        var random = new Random(20261130);
        var taken = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(40) switch
            {
                0 => "",
                1 => "# a comment",
                2 => "  title: indented",
                _ => $"{Keys[random.Next(Keys.Length)]}: {Texts[random.Next(Texts.Length)]}",
            });
            var yaml = string.Join("\n", lines) + "\n";
            if (SimpleFrontMatter.TryRead(yaml) is not { } simple) continue;
            taken++;
            var diagnostics = new DiagnosticBag();
            var parsed = FrontMatterParser.ReadYaml(yaml, "a.md", diagnostics);
            Assert.True(diagnostics.Sorted().Count == 0, yaml);
            Assert.True(Same(simple, parsed), $"Read differently:\n{yaml}");
        }
        Assert.True(taken > 500, $"only {taken} taken");
    }

    [Theory]
    [InlineData("title: \"网络法治（18）\"\nsummary: \"数据治理对数据要素。\"\norder: 18\n")]
    [InlineData("title: Digital economy\nsummary: \"Growth, and what drives it: data.\"\nkeywords: [digital economy, data as a factor of production, digital–real integration]\ndate: 2024-11-21\ndraft: false\n")]
    public void Chapters_as_reports_write_them_are_read_without_yaml(string yaml)
    {
        var simple = SimpleFrontMatter.TryRead(yaml);
        Assert.NotNull(simple);
        Assert.True(Same(simple, FrontMatterParser.ReadYaml(yaml, "a.md", new DiagnosticBag())));
    }

    [Theory]
    [InlineData("title: a\ntitle: b\n")]              // a duplicate key is an error the YAML reader reports
    [InlineData("order: three\n")]                    // so is a wrong type
    [InlineData("translated_from: {lang: zh, hash: 1a2b3c4d}\n")]
    [InlineData("titel: misspelt\n")]                 // an unknown key is a warning
    public void What_needs_a_diagnostic_or_more_yaml_is_left_to_the_yaml_reader(string yaml) =>
        Assert.Null(SimpleFrontMatter.TryRead(yaml));

    private static bool Same(FrontMatter a, FrontMatter b) =>
        a.Title == b.Title && a.Summary == b.Summary && a.Order == b.Order && a.Authors.SequenceEqual(b.Authors)
        && a.Keywords.SequenceEqual(b.Keywords) && a.Date == b.Date && a.Draft == b.Draft && a.TranslationKey == b.TranslationKey
        && a.TranslatedFrom == b.TranslatedFrom && a.OnlyIn == b.OnlyIn && a.Broken == b.Broken;
}

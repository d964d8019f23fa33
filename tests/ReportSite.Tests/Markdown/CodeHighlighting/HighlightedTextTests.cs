using System.Text.RegularExpressions;
using CsCheck;
using ReportSite.Markdown.CodeHighlighting;
using Spec = ReportSite.Tests.Markdown.Specs.Spec;

namespace ReportSite.Tests.Markdown.CodeHighlighting;

/// <summary>
/// Highlighting never changes a character: a highlighted block without its spans is exactly the
/// block Markdig writes for the same code in a language nobody knows. The oracle is Markdig's own
/// plain rendering, checked for many languages on awkward lines and on random ones (CsCheck).
/// </summary>
public partial class HighlightedTextTests
{
    private static readonly string[] Languages =
    [
        "python", "json", "yaml", "bash", "csharp", "sql", "javascript", "html", "xml", "css", "markdown", "typescript",
        "java", "go", "rust", "cpp", "powershell", "diff", "ini", "dockerfile", "r", "php", "ruby", "latex", "jsonc",
    ];

    private static readonly string[] AwkwardLines =
    [
        "a < b && c > d", "\"unclosed string", "'single' \"double\" `back`", "<tag attr=\"v\">&amp; &lt;</tag>", "# 中文注释：示例数据",
        "x = '😀中文' # emoji 𝒳", "\t\tindented\twith tabs", "/* open comment", "*/ close", "", "   ", "$VAR ${x} %PATH%",
        "-- dash comment", "key: value # c", "{\"k\": [1, 2.5e3, null]}", "\\ backslash \\\\", "@decorator(x=1)", "+ added\n- removed",
        "\u00a0non-breaking\u200bzero-width", "<!-- c --> <![CDATA[ x ]]>",
    ];

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void Highlighting_keeps_every_character_of_awkward_code(string language)
    {
        var code = string.Join("\n", AwkwardLines);
        var highlighted = Spec.Html($"```{language}\n{code}\n```");
        Assert.Contains("<span class=\"hl-", highlighted);
        Assert.Equal(Plain(code, language), WithoutSpans(highlighted));
    }

    public static TheoryData<string> LanguageNames() => [.. Languages];

    [Fact]
    public void Highlighting_keeps_every_character_of_random_code()
    {
        var piece = Gen.OneOf<string>(Gen.OneOf<string>(AwkwardLines), Gen.String[Gen.Char, 0, 16], Gen.OneOf<string>("\"", "'", "`", "<", "&", "#", "//", "/*", "*/", "\n"));
        var code = piece.Array[1, 12].Select(string.Concat);
        Gen.Select(Gen.OneOf<string>(Languages), code).Sample((language, text) =>
        {
            // A fence cannot hold its own closing fence or a NUL (Markdig writes U+FFFD): keep the code a fence's content.
            text = text.Replace("```", "``").Replace("~~~", "~~").Replace('\0', ' ').Replace('\r', ' ');
            Assert.Equal(Plain(text, language), WithoutSpans(Spec.Html($"```{language}\n{text}\n```")));
        }, iter: 200, threads: 1, print: t => $"{t.Item1}: {System.Text.Json.JsonSerializer.Serialize(t.Item2)}");
    }

    [Fact]
    public void A_line_longer_than_the_limit_leaves_its_block_plain()
    {
        var code = "x = 1\n" + new string('a', CodeHighlighter.MaxLineLength + 1);
        Assert.Null(new CodeHighlighter().Highlight("python", code.Split('\n')));
        Assert.NotNull(new CodeHighlighter().Highlight("python", ["x = 1"]));
    }

    [Fact]
    public void Runs_lie_within_their_line_in_order()
    {
        string[] lines = ["def f(a, b='<x>'):  # 注释", "    return a & b", "😀 = '𝒳'"];
        var runs = new CodeHighlighter().Highlight("python", lines);
        Assert.NotNull(runs);
        for (var i = 0; i < lines.Length; i++)
        {
            var end = 0;
            foreach (var run in runs[i])
            {
                Assert.True(run.Start >= end && run.End > run.Start && run.End <= lines[i].Length, $"line {i}: {run}");
                Assert.False(char.IsLowSurrogate(lines[i][run.Start]), $"line {i}: {run} starts inside a character");
                end = run.End;
            }
        }
    }

    /// <summary>What Markdig writes for <paramref name="code"/> in a language no grammar knows, with the class <paramref name="language"/> would give.</summary>
    private static string Plain(string code, string language) =>
        Spec.Html($"```no-such-language\n{code}\n```").Replace("language-no-such-language", "language-" + language);

    private static string WithoutSpans(string html) => Span().Replace(html, "");

    [GeneratedRegex("<span class=\"hl-[a-z]+\">|</span>")]
    private static partial Regex Span();
}

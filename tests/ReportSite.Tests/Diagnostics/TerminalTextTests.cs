using ReportSite.Diagnostics;

namespace ReportSite.Tests.Diagnostics;

public class TerminalTextTests
{
    [Theory]
    [InlineData("a\u001b[2Kb", @"a\u001b[2Kb")]          // escape sequence (erase line)
    [InlineData("x\rCheck passed", @"x\rCheck passed")]  // carriage return overwriting the line
    [InlineData("x\nBuilt 0 errors", @"x\nBuilt 0 errors")]
    [InlineData("ab\bc", @"ab\u0008c")]                  // backspace
    [InlineData("\u009b31m", @"\u009b31m")]              // C1 control sequence introducer
    [InlineData("gpj.\u202Eexe", @"gpj.\u202eexe")]       // bidi override
    [InlineData("\u2066x\u2069\u007f", @"\u2066x\u2069\u007f")]
    [InlineData("中文 text, tab-free", "中文 text, tab-free")]
    public void Control_characters_are_shown_visibly(string raw, string shown) =>
        Assert.Equal(shown, TerminalText.Escape(raw));

    [Fact]
    public void A_diagnostic_line_cannot_hold_a_raw_control_character()
    {
        var diagnostic = new Diagnostic(Severity.Error, "RS0102", "a\u001b]0;x\u0007.md", 3, 8,
            "'order' must be a whole number, not '\u001b[2K\rCheck passed: 0 errors'.", "Hint with \u202E.");
        var line = diagnostic.Format(diagnostic.File);
        Assert.DoesNotContain(line, c => char.IsControl(c) || c == '\u202E');
        Assert.Contains(@"\u001b[2K\rCheck passed", line);
        Assert.StartsWith(@"a\u001b]0;x\u0007.md:3:8: error RS0102", line);
    }

    [Fact]
    public void A_github_annotation_cannot_hold_a_raw_control_character()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "RS0501", "a\u001b.md", 0, 0, "x\u001b[1A\u0008y\nz");
        Assert.Equal(@"::warning file=a\u001b.md,title=RS0501::x\u001b[1A\u0008y%0Az", GitHubAnnotation.Format(diagnostic, diagnostic.File));
    }
}

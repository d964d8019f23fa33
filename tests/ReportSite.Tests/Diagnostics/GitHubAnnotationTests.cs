using ReportSite.Diagnostics;

namespace ReportSite.Tests.Diagnostics;

public class GitHubAnnotationTests
{
    [Fact]
    public void Errors_become_workflow_commands_with_file_line_and_column()
    {
        var diagnostic = new Diagnostic(Severity.Error, "RS0102", "x.md", 7, 12, "'order' must be a whole number.", "Use 3.");
        Assert.Equal("::error file=input/x.md,line=7,col=12,title=RS0102::'order' must be a whole number. Hint: Use 3.",
            GitHubAnnotation.Format(diagnostic, "input/x.md"));
    }

    [Fact]
    public void Special_characters_are_escaped_so_the_runner_reads_one_command()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "RS0501", "a,b:c.md", 0, 0, "50% done\nnext line");
        Assert.Equal("::warning file=a%2Cb%3Ac.md,title=RS0501::50%25 done%0Anext line",
            GitHubAnnotation.Format(diagnostic, "a,b:c.md"));
    }
}

using System.CommandLine;
using ReportSite.Cli;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary>An output path the build cannot or must not use ends <c>reportsite build</c> with one error line, never a stack trace.</summary>
public class OutputPathCliTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ReportSiteCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("", "RS0404")]
    [InlineData("file", "RS0404")]
    [InlineData("file/_site", "RS0404")]
    [InlineData("/proc/reportsite-site", "RS0404")]
    [InlineData("docs", "RS0403")]
    public void A_bad_output_path_is_one_error_line_and_exit_code_1(string output, string code)
    {
        using var site = new TestSite(SiteFiles.Minimal());
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("file"), "keep me");
        Directory.CreateDirectory(temp.Combine("docs"));
        File.WriteAllText(temp.Combine("docs", "notes.md"), "keep me");
        var path = output is "" || output.StartsWith('/') ? output : temp.Combine(output);

        var (exit, printed, error) = Run("build", "--input", site.Input, "--output", path);

        Assert.Equal(1, exit);
        Assert.Single((printed + error).Split('\n'), line => line.Contains($"error {code}:"));
        Assert.DoesNotContain("   at ", printed + error);
        Assert.Equal("keep me", File.ReadAllText(temp.Combine("file")));
        Assert.Equal("keep me", File.ReadAllText(temp.Combine("docs", "notes.md")));
    }
}

using System.Diagnostics;
using System.Text;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Fidelity;

/// <summary>
/// The oracle: Markdown rendered as GitHub renders it, by cmark-gfm (GitHub's own CommonMark fork)
/// with GitHub's extensions. Raw HTML is passed through (<c>--unsafe</c>) rather than filtered,
/// because GitHub's sanitiser afterwards drops unknown tags but keeps their text, which is what
/// <see cref="VisibleWords"/> reads from the raw HTML anyway (script and style aside).
/// </summary>
public static class GitHubMarkdown
{
    private static readonly string[] Arguments =
        ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "-e", "footnotes"];

    /// <summary>Why cmark-gfm cannot run here (the test is skipped), or null; throws on CI.</summary>
    public static string? Missing => TestTools.Missing(TestTools.CmarkGfm);

    public static string ToHtml(string markdown)
    {
        var start = new ProcessStartInfo(TestTools.CmarkGfm)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in Arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(markdown);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            throw new TimeoutException("cmark-gfm did not finish in 30 s.");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"cmark-gfm failed ({process.ExitCode}): {error.Result}");
        return output.Result;
    }
}

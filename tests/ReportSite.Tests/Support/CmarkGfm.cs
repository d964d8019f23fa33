using System.Diagnostics;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ReportSite.Tests.Support;

/// <summary>
/// GitHub's own Markdown renderer (Debian's <c>cmark-gfm</c>), the oracle for what valid Markdown
/// shows: run with GitHub's extensions, and the visible text of HTML to compare with. Without it a
/// local run skips the tests that need it, saying how to install; on CI (CI=true) it must be there.
/// </summary>
public static partial class CmarkGfm
{
    private static readonly string? Executable = Environment.GetEnvironmentVariable("PATH")?
        .Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, "cmark-gfm"))
        .FirstOrDefault(File.Exists);

    /// <summary>Why cmark-gfm cannot be run, or null; throws on CI, where nothing may be skipped.</summary>
    public static string? Missing()
    {
        if (Executable is not null) return null;
        const string reason = "cmark-gfm is not on PATH: run 'apt-get install cmark-gfm'.";
        if (Browser.BrowserFixture.OnCi) throw new InvalidOperationException($"CI=true but {reason}");
        return reason;
    }

    /// <summary>The HTML GitHub gives <paramref name="markdown"/>.</summary>
    public static string ToHtml(string markdown)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(Missing()))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // GitHub shows raw HTML (after its own sanitiser); cmark-gfm's default replaces it with a comment.
        start.ArgumentList.Add("--unsafe");
        foreach (var extension in new[] { "table", "strikethrough", "autolink", "tagfilter", "tasklist" })
        {
            start.ArgumentList.Add("-e");
            start.ArgumentList.Add(extension);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Write(markdown);
        process.StandardInput.Close();
        var html = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return html;
    }

    /// <summary>
    /// The text a reader sees in <paramref name="html"/>, whitespace runs as one space. The build's own
    /// additions (a heading's <c>#</c> self-link) are not the author's text and are left out.
    /// </summary>
    public static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var added in document.QuerySelectorAll(".heading-anchor").ToList()) added.Remove();
        return Whitespace().Replace(document.Body!.TextContent, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ReportSite.Tests.Support;

/// <summary>
/// The oracle for what valid Markdown shows: GitHub's own renderer (Debian's <c>cmark-gfm</c>, GitHub's
/// CommonMark fork) with GitHub's extensions, and the visible text of HTML to compare with. Raw HTML
/// is passed through (<c>--unsafe</c>) rather than filtered, because GitHub's sanitiser afterwards
/// drops unknown tags but keeps their text, which is what the text comparisons read. Without it a
/// local run skips the tests that need it, saying how to install; on CI (CI=true) it must be there.
/// </summary>
public static partial class CmarkGfm
{
    private static readonly string[] Arguments =
        ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "-e", "footnotes"];

    /// <summary>Why cmark-gfm cannot be run (the test is skipped), or null; throws on CI, where nothing may be skipped.</summary>
    public static string? Missing() => TestTools.Missing(TestTools.CmarkGfm);

    /// <summary>The HTML GitHub gives <paramref name="markdown"/>.</summary>
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

    /// <summary>
    /// The text a reader sees in <paramref name="html"/> (not script, style or template), whitespace runs
    /// as one space. The build's own additions (a heading's <c>#</c> self-link) are not the author's
    /// text and are left out.
    /// </summary>
    public static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var added in document.QuerySelectorAll(".heading-anchor, script, style, template").ToList()) added.Remove();
        return Whitespace().Replace(document.Body!.TextContent, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

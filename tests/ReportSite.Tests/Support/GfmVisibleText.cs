using System.Diagnostics;
using AngleSharp.Html.Parser;

namespace ReportSite.Tests.Support;

/// <summary>
/// The text a reader sees of Markdown as GitHub renders it, with Debian's <c>cmark-gfm</c> as the
/// oracle (GitHub's extensions, raw HTML passed through as GitHub's renderer does before its
/// sanitiser, whose unknown elements keep their text), and the same for a page of ours, both with
/// runs of spaces made one.
/// </summary>
public static class GfmVisibleText
{
    public static string Of(string markdown)
    {
        var start = new ProcessStartInfo("cmark-gfm", "--unsafe -e table -e strikethrough -e autolink -e tagfilter -e tasklist")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(markdown);
        process.StandardInput.Close();
        var html = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return OfHtml(html);
    }

    /// <summary>The visible text of an HTML fragment (element text, not script or style).</summary>
    public static string OfHtml(string html)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><body>" + html);
        foreach (var hidden in document.QuerySelectorAll("script, style, template").ToList()) hidden.Remove();
        return Normalise(document.Body!.TextContent);
    }

    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

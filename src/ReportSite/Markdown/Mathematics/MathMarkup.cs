using System.Text.RegularExpressions;

namespace ReportSite.Markdown.Mathematics;

/// <summary>What of Temml's output and messages the site publishes.</summary>
internal static partial class MathMarkup
{
    /// <summary>
    /// Temml's MathML without its <c>style</c> attributes, which the site's Content-Security-Policy
    /// refuses: display math is a block by the browser's own style sheet (and site.css), aligned
    /// columns are placed by site.css from Temml's classes, and <c>\color</c> is dropped (the text
    /// keeps its contrast in dark mode). Temml writes attributes quoted and escaped, so a pattern suffices.
    /// </summary>
    public static string Clean(string mathMl) => StyleAttribute().Replace(mathMl, "");

    /// <summary>Temml's error message on one line, without its underlined copy of the formula.</summary>
    public static string Message(string error)
    {
        var line = error.Split('\n')[0].Trim().TrimEnd(':').Trim();
        return line.StartsWith("ParseError:", StringComparison.Ordinal) ? line["ParseError:".Length..].Trim() : line;
    }

    [GeneratedRegex(" style=\"[^\"]*\"")]
    private static partial Regex StyleAttribute();
}

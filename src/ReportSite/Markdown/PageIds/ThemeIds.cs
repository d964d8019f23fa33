using System.Text.RegularExpressions;

namespace ReportSite.Markdown.PageIds;

/// <summary>
/// The ids a theme writes around the page body — the default theme's skip link target <c>main</c>,
/// the labels of its navigation, the parts of its search page — read from its templates as they are
/// loaded, so a theme of one's own is covered too; and <c>top</c>, which browsers scroll to the top
/// of the page for when no element has it. An author's id must not take them: a second
/// <c>id="main"</c> breaks the skip link.
/// </summary>
internal static partial class ThemeIds
{
    /// <summary>The fragment browsers take to the top of any page.</summary>
    public const string Top = "top";

    /// <summary>The ids a template writes as plain text (<c>id="main"</c>; not one built from a value, <c>id="{{ x }}"</c>, which the build's data gives).</summary>
    public static IEnumerable<string> In(string template) =>
        LiteralId().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex("""\bid\s*=\s*["']([^"'{}<>\s]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralId();
}

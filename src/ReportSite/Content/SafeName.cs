using System.Text.RegularExpressions;

namespace ReportSite.Content;

/// <summary>
/// The characters a name may use when it becomes part of a URL and an output path: a chapter's or
/// page's slug (its file name), a report's id (its folder), a language code, a data table's name.
/// Letters and digits of any script (<c>概述</c> is a fine slug), then also '-', '_' and '.', never
/// "..": no spaces, quotes, angle brackets, '%', '#', '?', slashes or control characters, which
/// would break links, escape their attribute or leave the output folder.
/// </summary>
internal static partial class SafeName
{
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}\p{Mn}\p{Mc}._-]*$")]
    private static partial Regex Pattern();

    public static bool IsSafe(string name) => Pattern().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    public const string Rule = "Use letters, digits, '-', '_' and '.' only (Chinese characters are fine), starting with a letter or digit.";
}

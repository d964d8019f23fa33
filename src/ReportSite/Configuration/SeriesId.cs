using System.Text.RegularExpressions;

namespace ReportSite.Configuration;

/// <summary>
/// The id of a report series (<c>world-internet</c>): lowercase letters, digits and single hyphens,
/// so it reads the same in every file that names it and could become part of a URL later.
/// </summary>
internal static partial class SeriesId
{
    public const string Rule = "A series id is lowercase letters (a-z), digits and hyphens, e.g. world-internet.";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);
}

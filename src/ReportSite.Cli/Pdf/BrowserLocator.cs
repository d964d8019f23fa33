namespace ReportSite.Cli.Pdf;

/// <summary>
/// Finds the Chromium or Chrome that <c>build --pdf</c> prints with: the one <c>--browser</c> names, else
/// the one <c>REPORTSITE_BROWSER</c> names, else the first of <see cref="Names"/> on the PATH (Debian's
/// <c>chromium</c>, Ubuntu's <c>chromium-browser</c>, Chrome on GitHub's runners). Playwright's own
/// browser download is not needed.
/// </summary>
public static class BrowserLocator
{
    /// <summary>The environment variable that names a browser when <c>--browser</c> does not.</summary>
    public const string Variable = "REPORTSITE_BROWSER";

    /// <summary>The programs looked for on the PATH, in order.</summary>
    public static readonly IReadOnlyList<string> Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>What was found, or where nothing was (for the diagnostic).</summary>
    /// <param name="Path">The browser, or null.</param>
    /// <param name="Named">The path --browser or the variable gave, when one did.</param>
    public sealed record Found(string? Path, string? Named);

    /// <param name="option">The <c>--browser</c> option's value, or null.</param>
    /// <param name="variable">The value of <see cref="Variable"/>, or null.</param>
    /// <param name="searchPath">The PATH.</param>
    public static Found Find(string? option, string? variable, string? searchPath)
    {
        var named = !string.IsNullOrWhiteSpace(option) ? option : !string.IsNullOrWhiteSpace(variable) ? variable : null;
        if (named is not null) return new Found(IsProgram(named) ? System.IO.Path.GetFullPath(named) : OnPath(named, searchPath), named);
        foreach (var name in Names)
            if (OnPath(name, searchPath) is { } path) return new Found(path, null);
        return new Found(null, null);
    }

    /// <summary>A program of that name in a folder of <paramref name="searchPath"/>, or null (a name with a folder is not looked up).</summary>
    private static string? OnPath(string name, string? searchPath)
    {
        if (name.Contains('/') || name.Contains(System.IO.Path.DirectorySeparatorChar)) return null;
        foreach (var folder in (searchPath ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(folder, name);
            if (IsProgram(candidate)) return candidate;
            if (OperatingSystem.IsWindows() && IsProgram(candidate + ".exe")) return candidate + ".exe";
        }
        return null;
    }

    private static bool IsProgram(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}

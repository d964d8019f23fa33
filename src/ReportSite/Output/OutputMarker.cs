namespace ReportSite.Output;

/// <summary>
/// The file every build writes into its output (and its staging folder first), so that a later build
/// knows a folder is its own to replace: a non-empty folder without it holds someone's files.
/// A dot file, so Jekyll (GitHub Pages' default) skips it; it is not a page, so the sitemap never lists it.
/// </summary>
internal static class OutputMarker
{
    public const string FileName = ".reportsite-output";

    public const string Text =
        "This folder was written by `reportsite build` and is replaced as a whole by the next build.\n" +
        "Do not keep your own files here: they would be deleted.\n";

    public static bool IsIn(string directory) => File.Exists(Path.Combine(directory, FileName));

    public static void WriteTo(string directory) => File.WriteAllText(Path.Combine(directory, FileName), Text);
}

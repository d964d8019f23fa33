using System.Text.RegularExpressions;

namespace ReportSite.Output;

/// <summary>
/// Removes what killed builds left next to an output folder: <c>.NAME.staging-GUID</c> and
/// <c>.NAME.old-GUID</c> folders holding the output marker. Anything else, even a look-alike name
/// without the marker, is someone's and stays; so is the staging folder of a build still running
/// (its <see cref="BuildLock"/> is held).
/// </summary>
internal static partial class StaleStagingFolders
{
    public static void Remove(string parent, string outputName)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{outputName}.*"))
        {
            var name = Path.GetFileName(folder);
            var suffix = name.Substring(outputName.Length + 2);
            if (!StagingSuffix().IsMatch(suffix) || !OutputMarker.IsIn(folder) || BuildLock.IsHeld(folder)) continue;
            if (new DirectoryInfo(folder).LinkTarget is not null) continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another build may be using it right now; a later build tries again.
            }
        }
    }

    /// <summary>Whether <paramref name="folder"/> is a previous output a build moved aside (<c>.NAME.old-GUID</c>, marked, not a link).</summary>
    public static bool IsRetiredOutput(string folder)
    {
        var name = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        return RetiredName().IsMatch(name) && Directory.Exists(folder) && new DirectoryInfo(folder).LinkTarget is null && OutputMarker.IsIn(folder);
    }

    [GeneratedRegex(@"^\..+\.old-[0-9a-f]{32}$")]
    private static partial Regex RetiredName();

    [GeneratedRegex("^(staging|old)-[0-9a-f]{32}$")]
    private static partial Regex StagingSuffix();
}

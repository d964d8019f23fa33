namespace ReportSite.Output;

/// <summary>
/// Removes a previous output that a build moved aside when it put the new site in place
/// (<c>.NAME.old-GUID</c>, marked). It holds the folder's <see cref="BuildLock"/> while it deletes, so a
/// build starting meanwhile leaves the folder to it, and it deletes the output marker last, so a folder
/// it could not finish (stopped half-way, or a file it may not delete) is still recognisably a build's
/// and a later build removes the rest. Anything that is not such a folder is left alone.
/// </summary>
public static class RetiredOutput
{
    /// <summary>Deletes <paramref name="folder"/> if it is a retired output; false when it is not one, another process is removing it, or something in it could not be deleted.</summary>
    public static bool Remove(string folder)
    {
        if (!StaleStagingFolders.IsRetiredOutput(folder)) return false;
        BuildLock held;
        try { held = BuildLock.Take(folder, existing: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return false; }
        var removed = true;
        using (held)
        {
            foreach (var entry in new DirectoryInfo(folder).GetFileSystemInfos())
            {
                if (entry.Name is BuildLock.FileName or OutputMarker.FileName) continue;
                try
                {
                    if (entry is DirectoryInfo { LinkTarget: null } directory) directory.Delete(recursive: true);
                    else entry.Delete();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    removed = false;
                }
            }
            if (!removed) return false;
        }
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return false; }
        return true;
    }
}

namespace ReportSite.Output;

/// <summary>
/// A file each build holds open, exclusively, inside its staging folder for as long as it writes there.
/// Another build (another process, or the preview in this one) that finds the folder next to the same
/// output sees the lock held and leaves the folder alone instead of taking it for one a killed build left.
/// The lock is the operating system's (flock on Linux and macOS), so it ends with the process however it ends.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    public const string FileName = ".reportsite-build.lock";

    private readonly FileStream _file;

    private BuildLock(FileStream file) => _file = file;

    /// <summary>Creates and takes the lock in <paramref name="folder"/>.</summary>
    public static BuildLock Take(string folder) =>
        new(new FileStream(Path.Combine(folder, FileName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None));

    /// <summary>True when a running build holds the lock in <paramref name="folder"/>.</summary>
    public static bool IsHeld(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true; // not ours to judge: leave the folder alone
        }
    }

    /// <summary>Removes the lock file from the folder it has moved to with its staging folder, then lets the lock go.</summary>
    public void Release(string folder)
    {
        try { File.Delete(Path.Combine(folder, FileName)); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { } // a dot file: never published by Pages
        finally { _file.Dispose(); }
    }

    public void Dispose() => _file.Dispose();
}

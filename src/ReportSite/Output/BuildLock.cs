using System.Runtime.InteropServices;

namespace ReportSite.Output;

/// <summary>
/// A file each build holds open, exclusively, inside its staging folder for as long as it writes there
/// (and the process removing a previous output, inside that folder). Another build (another process, or
/// the preview in this one) that finds the folder next to the same output sees the lock held and leaves
/// the folder alone instead of taking it for one a killed build left. The lock is the operating system's,
/// so it ends with the process however it ends: on Linux and macOS an explicit <c>flock</c>, because the
/// CLI turns off the one .NET takes on every file it opens (<c>System.IO.DisableFileLocking</c>: a build
/// writes tens of thousands of files); on Windows the exclusive share mode.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    public const string FileName = ".reportsite-build.lock";

    private readonly FileStream _file;

    private BuildLock(FileStream file) => _file = file;

    /// <summary>
    /// Takes the lock in <paramref name="folder"/>: a new lock file (a staging folder's), or with
    /// <paramref name="existing"/> also one left by a process that ended; an <see cref="IOException"/>
    /// when the file exists and may not be reused, or another process holds the lock.
    /// </summary>
    public static BuildLock Take(string folder, bool existing = false)
    {
        var file = new FileStream(Path.Combine(folder, FileName), existing ? FileMode.OpenOrCreate : FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        if (TryLock(file)) return new BuildLock(file);
        file.Dispose();
        throw new IOException($"Another process holds the lock in {folder}.");
    }

    /// <summary>True when a running build (or removal) holds the lock in <paramref name="folder"/>.</summary>
    public static bool IsHeld(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return !TryLock(probe);
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

    /// <summary>Takes an exclusive flock on the open file without waiting (Windows: the share mode has done it).</summary>
    private static bool TryLock(FileStream file)
    {
        if (OperatingSystem.IsWindows()) return true;
        const int exclusive = 2, noWait = 4;
        return Flock((int)file.SafeFileHandle.DangerousGetHandle(), exclusive | noWait) == 0;
    }

    // DllImport, not LibraryImport: blittable arguments need no unsafe code in the project (as FileKind).
    [DllImport("libc", EntryPoint = "flock")]
    private static extern int Flock(int descriptor, int operation);
}

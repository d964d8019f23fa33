using System.Runtime.InteropServices;

namespace ReportSite.Content;

/// <summary>
/// Tells regular files from FIFOs, device files and sockets. .NET's file APIs see no difference
/// (their attributes and <c>UnixFileMode</c> drop the type bits), yet opening a FIFO waits for a
/// writer for ever and a device such as /dev/zero never ends, so the build must not read them.
/// </summary>
internal static class FileKind
{
    // The file-type bits of the runtime's own stat shim (pal_io.h), the same on every Unix.
    private const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;

    /// <summary>Whether the path (links followed) is a regular file or a folder; true where this cannot be asked (Windows).</summary>
    public static bool IsRegularOrDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) return true;
        // FileStatus starts with Flags and Mode (two int32s); the rest is room for the fields after them.
        var status = new byte[512];
        if (Stat(path, status) != 0) return true; // gone or unreadable: the read that follows reports it
        var type = BitConverter.ToInt32(status, 4) & TypeMask;
        return type is Regular or Directory;
    }

    // DllImport, not LibraryImport: a pinned byte array needs no unsafe code in the project.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}

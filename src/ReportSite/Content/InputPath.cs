namespace ReportSite.Content;

/// <summary>
/// Paths relative to the input folder, always with '/' separators, so diagnostics and lookups
/// read the same on every platform.
/// </summary>
internal static class InputPath
{
    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>
    /// Joins a relative reference (which may use ./ and ../) to a directory and normalises it.
    /// Returns null when the result would leave the input folder.
    /// </summary>
    public static string? Combine(string directory, string reference)
    {
        var parts = new List<string>();
        var start = reference.StartsWith('/') ? "" : directory;
        foreach (var segment in (start + "/" + reference).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}

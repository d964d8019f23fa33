namespace ReportSite.Output;

/// <summary>
/// Writes a build into a temporary folder next to the output folder and swaps it in only when
/// the whole build succeeded, so a failed or interrupted build never leaves a half-written site.
/// Staging folders carry the output marker from their first moment, so one left by a killed build is
/// recognisably ours and removed by the next build; any I/O failure becomes an <see cref="OutputWriteException"/>.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;
    private BuildLock? _lock;

    public StagedOutput(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? throw new OutputWriteException(outputDirectory, "the output folder cannot be a file system root");
        StagingDirectory = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Guard(outputDirectory, () =>
        {
            Directory.CreateDirectory(parent);
            StaleStagingFolders.Remove(parent, Path.GetFileName(_target));
            Directory.CreateDirectory(StagingDirectory);
            _lock = BuildLock.Take(StagingDirectory);
            OutputMarker.WriteTo(StagingDirectory);
        });
    }

    public string StagingDirectory { get; }

    /// <summary>Files written or copied so far.</summary>
    public int FilesWritten => _filesWritten;

    private int _filesWritten;

    /// <summary>Writes a UTF-8 (no BOM) text file at a path relative to the output root, in one write.</summary>
    public void WriteText(string sitePath, ReadOnlySpan<char> text)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            WriteBytes(sitePath, buffer.AsSpan(0, length));
        }
        finally { System.Buffers.ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>Writes a text file in place of one written earlier in this build (counted once).</summary>
    public void ReplaceText(string sitePath, ReadOnlySpan<char> text)
    {
        Guard(_target, () => File.Delete(FullPath(sitePath)));
        Interlocked.Decrement(ref _filesWritten);
        WriteText(sitePath, text);
    }

    public void WriteBytes(string sitePath, ReadOnlySpan<byte> content)
    {
        // A new file in a fresh staging folder: no truncating, no preallocation, one write.
        try
        {
            using var file = File.OpenHandle(FullPath(sitePath), FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(file, content, 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(_target, ex.Message, ex);
        }
        Interlocked.Increment(ref _filesWritten);
    }

    public void CopyFile(string sourcePath, string sitePath)
    {
        Guard(_target, () => File.Copy(sourcePath, FullPath(sitePath), overwrite: true));
        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>Renames a folder written so far (a search index, written before its content hash names it).</summary>
    public void MoveFolder(string fromSitePath, string toSitePath)
    {
        var to = Resolve(toSitePath);
        Guard(_target, () =>
        {
            _folders.GetOrAdd(Path.GetDirectoryName(to)!, CreateFolder);
            Directory.Move(Resolve(fromSitePath), to);
        });
    }

    /// <summary>
    /// Replaces the output folder with the staged one. The previous output is moved aside first (to
    /// <c>.NAME.old-GUID</c>, marked) and then given to <paramref name="removePrevious"/>, or deleted here
    /// when none is given; whatever is left of it is removed by a later build.
    /// </summary>
    public void Commit(Action<string>? removePrevious = null)
    {
        string? old = null;
        Guard(_target, () =>
        {
            if (Directory.Exists(_target))
            {
                old = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.old-{Guid.NewGuid():N}");
                Directory.Move(_target, old);
            }
            Directory.Move(StagingDirectory, _target);
            _committed = true;
        });
        _lock?.Release(_target);
        if (old is null) return;
        if (removePrevious is null) RetiredOutput.Remove(old);
        else removePrevious(old);
    }

    /// <summary>Removes the staging folder if the build did not commit.</summary>
    public void Dispose()
    {
        _lock?.Dispose();
        try
        {
            if (!_committed && Directory.Exists(StagingDirectory)) Directory.Delete(StagingDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to remove (it carries the marker); the build's own error matters more.
        }
    }

    /// <summary>Runs a file system action, turning its failure into one error naming the output folder.</summary>
    private static void Guard(string outputDirectory, Action action)
    {
        try { action(); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(outputDirectory, ex.Message, ex);
        }
    }

    /// <summary>The staged path of a file, its folder created.</summary>
    private string FullPath(string sitePath)
    {
        var path = Resolve(sitePath);
        _folders.GetOrAdd(Path.GetDirectoryName(path)!, CreateFolder);
        return path;
    }

    private string Resolve(string sitePath)
    {
        var path = Path.GetFullPath(Path.Combine(StagingDirectory, sitePath));
        if (!path.StartsWith(StagingDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"Output path '{sitePath}' leaves the output folder.");
        return path;
    }

    /// <summary>Creates a folder; cached, as every page has one, so a build makes each once (added only once created).</summary>
    private static bool CreateFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        return true;
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}

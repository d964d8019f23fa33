using System.Collections.Concurrent;

namespace ReportSite.Linking;

/// <summary>Gathers the input files content refers to; each is published at the same relative path.</summary>
internal sealed class MediaCollector
{
    private readonly ConcurrentDictionary<string, MediaFile> _files = new(StringComparer.Ordinal);

    /// <summary>Registers a file (path relative to the input folder) and returns its site path.</summary>
    public string Add(string inputPath) => _files.GetOrAdd(inputPath, p => new MediaFile(p, p)).SitePath;

    public IReadOnlyList<MediaFile> Files => _files.Values.OrderBy(f => f.InputPath, StringComparer.Ordinal).ToList();
}

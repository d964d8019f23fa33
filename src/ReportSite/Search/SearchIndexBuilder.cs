using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSite.Output;

namespace ReportSite.Search;

/// <summary>
/// Writes the client-side search index of one language. Sections are scored at build time
/// (BM25 weights with heading and title flags); postings are grouped into chunks of terms in
/// sorted order, so the client fetches only the chunks holding its query's terms (and, for a
/// prefix, the neighbouring ones); each section's text is fetched only to show it as a result, with
/// range requests into packs of <see cref="SectionsPerPack"/> neighbouring sections. Very common terms
/// keep their highest-scoring postings only, which bounds what a query downloads on large sites
/// without changing the top results. Everything but the small manifest lives in a folder named by
/// the content's hash, so it can be cached for ever. The parts: <see cref="TermPostings"/> (tokenise
/// and score), <see cref="PostingChunk"/> (the postings files), <see cref="TextPackWriter"/> (the text packs).
/// </summary>
internal sealed class SearchIndexBuilder
{
    /// <summary>Where the index lives under the site root.</summary>
    public const string Folder = "search";
    /// <summary>
    /// A query downloads the manifest (one entry per chunk) and one chunk per term: at 8 KB, both stay
    /// small on a 10,000-page site (see docs/benchmarks.md).
    /// </summary>
    public const int TargetChunkBytes = 8 * 1024;
    public const int MaxPostingsPerTerm = 1500;
    public const int MaxFragmentChars = 4000;
    /// <summary>
    /// Section texts per pack. A reader fetches only the record it shows (range requests), so the pack
    /// size sets the number of files a build writes (about 1,400 at 10,000 pages, against 23,000 with
    /// two sections a file) and what a server without range requests sends instead (the whole pack,
    /// 30-130 KB; see docs/benchmarks.md).
    /// </summary>
    public const int SectionsPerPack = 32;

    public static string ManifestPath(string language) => $"{Folder}/{language}/manifest.json";

    /// <param name="language">The language of the sections.</param>
    /// <param name="sections">The sections, secondary ones (standalone pages) last.</param>
    /// <param name="cancel">Stops a build that is no longer wanted (the preview's background rebuild).</param>
    /// <param name="output">
    /// A build's staging folder: the fragment files (most of the index) go there as they are made
    /// instead of being returned, so a big site's text is never held twice.
    /// </param>
    public static IReadOnlyList<OutputFile> Build(string language, IReadOnlyList<SearchSection> sections, CancellationToken cancel = default, StagedOutput? output = null) =>
        Build(language, sections, Math.Clamp(sections.Count / TermPostings.MinSectionsPerSlice, 1, Environment.ProcessorCount), cancel, output);

    /// <summary>As <see cref="Build(string, IReadOnlyList{SearchSection}, CancellationToken, StagedOutput)"/>, tokenising <paramref name="slices"/> runs of sections side by side (the index is the same for any number).</summary>
    internal static IReadOnlyList<OutputFile> Build(string language, IReadOnlyList<SearchSection> sections, int slices, CancellationToken cancel, StagedOutput? output = null)
    {
        var secondaryFrom = sections.Count(s => !s.Secondary);
        if (sections.Skip(secondaryFrom).Any(s => !s.Secondary)) throw new ArgumentException("Secondary sections must come last.", nameof(sections));
        var postings = TermPostings.Of(sections, slices, cancel);
        cancel.ThrowIfCancellationRequested();
        var chunks = PostingChunk.Cut(postings);

        // The folder is named by the hash of the chunks and text packs, in that order; a build writes
        // the packs under a temporary name first and renames the folder once the hash is known.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in chunks) hash.AppendData(chunk.Content);
        var pending = $"{Folder}/{language}/.pending";
        var packs = new List<byte[]>();
        var fileCount = 0;
        var packWriter = new TextPackWriter();
        foreach (var group in sections.Chunk(SectionsPerPack))
        {
            var pack = packWriter.Write(group);
            hash.AppendData(pack);
            if (output is null) packs.Add(pack.ToArray());
            else output.WriteBytes($"{pending}/t/{fileCount}.bin", pack);
            fileCount++;
        }
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
        var folder = $"{Folder}/{language}/{version}";
        if (output is not null && fileCount > 0) output.MoveFolder(pending, folder);
        var files = new List<OutputFile>();
        for (var i = 0; i < chunks.Count; i++) files.Add(new OutputFile($"{folder}/c/{i}.bin", chunks[i].Content));
        for (var i = 0; i < packs.Count; i++) files.Add(new OutputFile($"{folder}/t/{i}.bin", packs[i]));

        files.Add(new OutputFile(ManifestPath(language), Manifest(language, sections.Count, secondaryFrom, version, chunks)));
        return files;
    }

    /// <summary>The one file not under the versioned folder: what the client reads first, so it knows which chunks to fetch.</summary>
    private static byte[] Manifest(string language, int sections, int secondaryFrom, string version, List<PostingChunk> chunks)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("language", language);
            json.WriteNumber("sections", sections);
            json.WriteNumber("secondaryFrom", secondaryFrom);
            // Section i's text is record i % sectionsPerPack of the pack t/(i / sectionsPerPack).bin.
            json.WriteNumber("sectionsPerPack", SectionsPerPack);
            json.WriteString("base", version + "/");
            // The first term of each chunk, in order; chunk i is the file c/i.bin.
            json.WriteStartArray("chunks");
            foreach (var chunk in chunks) json.WriteStringValue(chunk.FirstTerm);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}

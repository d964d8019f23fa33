using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportSite.Output;

namespace ReportSite.Search;

/// <summary>
/// Writes the client-side search index of one language. Sections are scored at build time
/// (BM25 weights with heading and title flags); postings are grouped into chunks of terms in
/// sorted order, so the client fetches only the chunks holding its query's terms (and, for a
/// prefix, the neighbouring ones); each section's text is a fragment fetched only to show it as a
/// result, packed <see cref="FragmentsPerFile"/> neighbouring sections to a file. Very common terms keep their highest-scoring postings only, which bounds what a query
/// downloads on large sites without changing the top results. Everything but the small manifest
/// lives in a folder named by the content's hash, so it can be cached for ever.
/// </summary>
public sealed class SearchIndexBuilder
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
    /// Section texts per fragment file: two halves the files a big site writes (about 23,000 instead
    /// of 45,000 at 10,000 pages) while a query still downloads well under 150 KB; four would exceed
    /// it for English queries (see docs/benchmarks.md).
    /// </summary>
    public const int FragmentsPerFile = 2;

    public static string ManifestPath(string language) => $"{Folder}/{language}/manifest.json";

    /// <param name="language">The language of the sections.</param>
    /// <param name="sections">The sections, secondary ones (standalone pages) last.</param>
    /// <param name="cancel">Stops a build that is no longer wanted (the preview's background rebuild).</param>
    /// <param name="output">
    /// A build's staging folder: the fragment files (most of the index) go there as they are made
    /// instead of being returned, so a big site's text is never held twice.
    /// </param>
    public static IReadOnlyList<OutputFile> Build(string language, IReadOnlyList<SearchSection> sections, CancellationToken cancel = default, StagedOutput? output = null) =>
        Build(language, sections, Math.Clamp(sections.Count / MinSectionsPerSlice, 1, Environment.ProcessorCount), cancel, output);

    /// <summary>As <see cref="Build(string, IReadOnlyList{SearchSection}, CancellationToken, StagedOutput)"/>, tokenising <paramref name="slices"/> runs of sections side by side (the index is the same for any number).</summary>
    internal static IReadOnlyList<OutputFile> Build(string language, IReadOnlyList<SearchSection> sections, int slices, CancellationToken cancel, StagedOutput? output = null)
    {
        var secondaryFrom = sections.Count(s => !s.Secondary);
        if (sections.Skip(secondaryFrom).Any(s => !s.Secondary)) throw new ArgumentException("Secondary sections must come last.", nameof(sections));
        var postings = Postings(sections, slices, cancel);
        cancel.ThrowIfCancellationRequested();
        var chunks = Chunks(postings);

        // The folder is named by the hash of the chunks and fragments, in that order; a build writes
        // the fragments under a temporary name first and renames the folder once the hash is known.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in chunks) hash.AppendData(chunk.Content);
        var pending = $"{Folder}/{language}/.pending";
        var fragments = new List<byte[]>();
        var fileCount = 0;
        foreach (var group in sections.Chunk(FragmentsPerFile))
        {
            var fragment = Fragments(group);
            hash.AppendData(fragment);
            if (output is null) fragments.Add(fragment.ToArray());
            else output.WriteBytes($"{pending}/f/{fileCount}.json", fragment);
            fileCount++;
        }
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
        var folder = $"{Folder}/{language}/{version}";
        if (output is not null && fileCount > 0) output.MoveFolder(pending, folder);
        var files = new List<OutputFile>();
        for (var i = 0; i < chunks.Count; i++) files.Add(new OutputFile($"{folder}/c/{i}.bin", chunks[i].Content));
        for (var i = 0; i < fragments.Count; i++) files.Add(new OutputFile($"{folder}/f/{i}.json", fragments[i]));

        var manifest = new
        {
            version = 1,
            language,
            sections = sections.Count,
            secondaryFrom,
            // Section i's text is item i % fragmentsPerFile of the file f/(i / fragmentsPerFile).json.
            fragmentsPerFile = FragmentsPerFile,
            @base = version + "/",
            // The first term of each chunk, in order; chunk i is the file c/i.bin.
            chunks = chunks.Select(c => c.FirstTerm).ToArray(),
        };
        files.Add(new OutputFile(ManifestPath(language), JsonSerializer.SerializeToUtf8Bytes(manifest, JsonOptions)));
        return files;
    }

    private sealed record TermPostings(string Term, int DocumentFrequency, Posting[] Postings);

    private sealed record Chunk(string FirstTerm, byte[] Content);

    /// <summary>A term's occurrence before scoring: the section, the count (capped), the heading and title flags. Eight bytes.</summary>
    private readonly record struct Occurrence(int Section, ushort Frequency, byte Flags);

    /// <summary>Sections per slice at least: smaller sites are tokenised in one pass.</summary>
    private const int MinSectionsPerSlice = 2048;

    private static List<TermPostings> Postings(IReadOnlyList<SearchSection> sections, int sliceCount, CancellationToken cancel)
    {
        // Slices of consecutive sections are tokenised on every core, each with its own term table.
        var lengths = new int[sections.Count];
        var slices = Enumerable.Range(0, sliceCount)
            .Select(s => new Slice(sections, s * sections.Count / sliceCount, (s + 1) * sections.Count / sliceCount, lengths))
            .ToArray();
        Parallel.ForEach(slices, slice => slice.Tokenise(cancel));
        cancel.ThrowIfCancellationRequested();

        // One table over all slices, in slice order; a term's occurrences are its slices' lists in order.
        var terms = sliceCount == 1 ? slices[0].Terms : new TermTable();
        var parts = slices.Select(slice =>
        {
            if (sliceCount == 1) return slice.Occurrences.ToArray();
            var local = slice.Terms.Names;
            var byTerm = new SegmentedList<Occurrence>?[terms.Names.Count + local.Count];
            for (var l = 0; l < local.Count; l++) byTerm[terms.Id(local[l])] = slice.Occurrences[l];
            return byTerm;
        }).ToArray();

        var averageLength = Math.Max(1, lengths.DefaultIfEmpty(0).Average());
        var names = terms.Names;
        var order = Enumerable.Range(0, names.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(names[a], names[b]));
        var result = new List<TermPostings>(names.Count);
        foreach (var term in order)
        {
            var count = 0;
            foreach (var part in parts) count += term < part.Length ? part[term]?.Count ?? 0 : 0;
            // A very common term is scored in a pooled buffer and only its strongest postings are kept.
            var cut = count > MaxPostingsPerTerm;
            var postings = cut ? ArrayPool<Posting>.Shared.Rent(count) : new Posting[count];
            var i = 0;
            foreach (var part in parts)
            {
                if (term >= part.Length || part[term] is not { } list) continue;
                for (var s = 0; s < list.SegmentCount; s++)
                    foreach (var (section, tf, flag) in list.Segment(s))
                    {
                        var normalisedLength = 1 - Posting.B + Posting.B * lengths[section] / averageLength;
                        var weight = tf * (Posting.K1 + 1) / (tf + Posting.K1 * normalisedLength);
                        postings[i++] = new Posting(section, Posting.Encode(weight, (flag & Posting.InHeading) != 0, (flag & Posting.InTitle) != 0));
                    }
            }
            result.Add(new TermPostings(names[term], count, cut ? Strongest(postings.AsSpan(0, count)) : postings));
            if (cut) ArrayPool<Posting>.Shared.Return(postings);
        }
        return result;
    }

    /// <summary>
    /// Sections <c>from</c> to <c>to</c> (exclusive) tokenised: each term's occurrences, numbered by a
    /// term table of the slice's own, and each section's length in tokens.
    /// </summary>
    private sealed class Slice(IReadOnlyList<SearchSection> sections, int from, int to, int[] lengths)
    {
        public TermTable Terms { get; } = new();
        public List<SegmentedList<Occurrence>> Occurrences { get; } = [];

        // Per term of the current section: its count (0 = not seen yet) and flags; the terms seen, in order.
        private int[] _counts = new int[1024];
        private byte[] _flags = new byte[1024];
        private readonly List<int> _seen = [];
        private readonly List<int> _titleTerms = [];

        public void Tokenise(CancellationToken cancel)
        {
            string? lastTitle = null;
            for (var id = from; id < to; id++)
            {
                if (id % 1024 == 0) cancel.ThrowIfCancellationRequested();
                var section = sections[id];
                if (!ReferenceEquals(section.PageTitle, lastTitle))
                {
                    _titleTerms.Clear();
                    var title = new TitleSink(this);
                    SearchTokenizer.Tokenize(section.PageTitle, ref title);
                    lastTitle = section.PageTitle;
                }
                foreach (var term in _titleTerms) Mark(term, Posting.InTitle, 0);
                var heading = new TextSink(this, Posting.InHeading);
                SearchTokenizer.Tokenize(section.Heading, ref heading);
                var text = new TextSink(this, 0);
                SearchTokenizer.Tokenize(section.Text, ref text);
                lengths[id] = heading.Length + text.Length;
                foreach (var term in _seen)
                {
                    Occurrences[term].Add(new Occurrence(id, (ushort)Math.Min(_counts[term], ushort.MaxValue), _flags[term]));
                    _counts[term] = 0;
                    _flags[term] = 0;
                }
                _seen.Clear();
            }
        }

        private int Id(ReadOnlySpan<char> token)
        {
            var id = Terms.Id(token);
            if (id < Occurrences.Count) return id;
            Occurrences.Add(new SegmentedList<Occurrence>());
            if (id == _counts.Length)
            {
                Array.Resize(ref _counts, id * 2);
                Array.Resize(ref _flags, id * 2);
            }
            return id;
        }

        private void Mark(int term, byte flag, int add)
        {
            if (_counts[term] == 0 && _flags[term] == 0) _seen.Add(term);
            _counts[term] += add;
            _flags[term] |= flag;
        }

        /// <summary>Takes the page title's terms (flagged on every section of the page).</summary>
        private readonly struct TitleSink(Slice slice) : SearchTokenizer.ITokenSink
        {
            public void Add(ReadOnlySpan<char> token, bool isWord) => slice._titleTerms.Add(slice.Id(token));
        }

        /// <summary>Counts a heading's or text's terms into the current section, and its length in tokens.</summary>
        private struct TextSink(Slice slice, byte flag) : SearchTokenizer.ITokenSink
        {
            public int Length;

            public void Add(ReadOnlySpan<char> token, bool isWord)
            {
                slice.Mark(slice.Id(token), flag, 1);
                Length++;
            }
        }
    }

    /// <summary>
    /// The postings a client needs of a very common term, in section order: the
    /// <see cref="MaxPostingsPerTerm"/> highest-scoring ones (ties to the earlier section). Scores are
    /// small integers, so the cut-off is found by counting, in linear time.
    /// </summary>
    private static Posting[] Strongest(ReadOnlySpan<Posting> postings)
    {
        var histogram = new int[MaxScore + 1];
        foreach (var posting in postings) histogram[Score(posting.Impact)]++;
        int cutoff = MaxScore, above = 0;
        while (above + histogram[cutoff] < MaxPostingsPerTerm) above += histogram[cutoff--];
        var atCutoff = MaxPostingsPerTerm - above;
        var kept = new Posting[MaxPostingsPerTerm];
        var count = 0;
        foreach (var posting in postings)
        {
            var score = Score(posting.Impact);
            if (score > cutoff || (score == cutoff && atCutoff-- > 0)) kept[count++] = posting;
        }
        return kept;
    }

    private const int MaxScore = Posting.WeightBits + 40 + 20;

    private static int Score(byte impact) => (impact & Posting.WeightBits) + ((impact & Posting.InHeading) != 0 ? 40 : 0) + ((impact & Posting.InTitle) != 0 ? 20 : 0);

    /// <summary>
    /// Chunk layout: term count, then per term its UTF-8 bytes (length-prefixed), its true document
    /// frequency, its posting count and postings as (section id delta, impact byte); integers are LEB128.
    /// </summary>
    private static List<Chunk> Chunks(List<TermPostings> terms)
    {
        var chunks = new List<Chunk>();
        var buffer = new MemoryStream();
        var count = 0;
        string? first = null;
        void Close()
        {
            if (count == 0) return;
            var content = new MemoryStream();
            VarInt.Write(content, count);
            buffer.WriteTo(content);
            chunks.Add(new Chunk(first!, content.ToArray()));
            buffer.SetLength(0);
            count = 0;
        }
        foreach (var term in terms)
        {
            if (buffer.Length >= TargetChunkBytes) Close();
            if (count == 0) first = term.Term;
            var bytes = Encoding.UTF8.GetBytes(term.Term);
            VarInt.Write(buffer, bytes.Length);
            buffer.Write(bytes);
            VarInt.Write(buffer, term.DocumentFrequency);
            VarInt.Write(buffer, term.Postings.Length);
            var previous = 0;
            foreach (var posting in term.Postings)
            {
                VarInt.Write(buffer, posting.Section - previous);
                buffer.WriteByte(posting.Impact);
                previous = posting.Section;
            }
            count++;
        }
        Close();
        return chunks;
    }

    /// <summary>
    /// One fragment file: per section its URL, page title, heading, context and text (cut to
    /// <see cref="MaxFragmentChars"/>), written with a JSON writer (no serializer reflection) into a
    /// buffer of the thread's, valid until its next call.
    /// </summary>
    private static ReadOnlySpan<byte> Fragments(SearchSection[] sections)
    {
        var buffer = _fragmentBuffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOptions.Encoder }))
        {
            json.WriteStartArray();
            foreach (var section in sections)
            {
                json.WriteStartObject();
                json.WriteString("u", section.Url);
                json.WriteString("t", section.PageTitle);
                json.WriteString("h", section.Heading);
                json.WriteString("c", section.Context);
                json.WriteString("x", section.Text.AsSpan(0, Math.Min(section.Text.Length, MaxFragmentChars)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return buffer.WrittenSpan;
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? _fragmentBuffer;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

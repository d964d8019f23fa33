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
    /// Section texts per fragment file. Neighbouring sections mostly belong to one page and are often
    /// found together, so a query fetches few more bytes than with one file per section, while a
    /// 10,000-page site writes a quarter of the files (see docs/benchmarks.md).
    /// </summary>
    public const int FragmentsPerFile = 4;

    public static string ManifestPath(string language) => $"{Folder}/{language}/manifest.json";

    /// <param name="language">The language of the sections.</param>
    /// <param name="sections">The sections, secondary ones (standalone pages) last.</param>
    /// <param name="cancel">Stops a build that is no longer wanted (the preview's background rebuild).</param>
    public static IReadOnlyList<OutputFile> Build(string language, IReadOnlyList<SearchSection> sections, CancellationToken cancel = default)
    {
        var secondaryFrom = sections.Count(s => !s.Secondary);
        if (sections.Skip(secondaryFrom).Any(s => !s.Secondary)) throw new ArgumentException("Secondary sections must come last.", nameof(sections));
        var postings = Postings(sections, cancel);
        cancel.ThrowIfCancellationRequested();
        var chunks = Chunks(postings);
        var fragments = sections.Chunk(FragmentsPerFile).Select(Fragments).ToList();

        var version = Version(chunks.Select(c => c.Content).Concat(fragments));
        var folder = $"{Folder}/{language}/{version}";
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

    private sealed record TermPostings(string Term, int DocumentFrequency, List<Posting> Postings);

    private sealed record Chunk(string FirstTerm, byte[] Content);

    private static List<TermPostings> Postings(IReadOnlyList<SearchSection> sections, CancellationToken cancel)
    {
        var terms = new TermTable();
        var postings = new List<List<Posting>>();
        var lengths = new int[sections.Count];
        var counts = new Dictionary<int, int>();
        var headingTerms = new HashSet<int>();
        var titleTerms = new HashSet<int>();
        string? lastTitle = null;
        var perSection = new List<(int Term, int Frequency, bool InHeading, bool InTitle)>[sections.Count];

        for (var id = 0; id < sections.Count; id++)
        {
            if (id % 1024 == 0) cancel.ThrowIfCancellationRequested();
            var section = sections[id];
            counts.Clear();
            headingTerms.Clear();
            if (!ReferenceEquals(section.PageTitle, lastTitle))
            {
                titleTerms.Clear();
                SearchTokenizer.Tokenize(section.PageTitle, (token, _) => titleTerms.Add(terms.Id(token)));
                lastTitle = section.PageTitle;
            }
            SearchTokenizer.Tokenize(section.Heading, (token, _) => headingTerms.Add(terms.Id(token)));
            var length = 0;
            void Count(ReadOnlySpan<char> token, bool isWord)
            {
                var term = terms.Id(token);
                counts[term] = counts.GetValueOrDefault(term) + 1;
                length++;
            }
            SearchTokenizer.Tokenize(section.Heading, Count);
            SearchTokenizer.Tokenize(section.Text, Count);
            foreach (var term in titleTerms) counts.TryAdd(term, 0);
            lengths[id] = length;
            perSection[id] = counts.Select(c => (c.Key, c.Value, headingTerms.Contains(c.Key), titleTerms.Contains(c.Key))).ToList();
        }

        var averageLength = Math.Max(1, lengths.DefaultIfEmpty(0).Average());
        for (var id = 0; id < sections.Count; id++)
        {
            var normalisedLength = 1 - Posting.B + Posting.B * lengths[id] / averageLength;
            foreach (var (term, tf, inHeading, inTitle) in perSection[id])
            {
                while (postings.Count <= term) postings.Add([]);
                var weight = tf * (Posting.K1 + 1) / (tf + Posting.K1 * normalisedLength);
                postings[term].Add(new Posting(id, Posting.Encode(weight, inHeading, inTitle)));
            }
        }
        return terms.Names
            .Select((name, id) => (Name: name, List: id < postings.Count ? postings[id] : []))
            .Where(t => t.List.Count > 0)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new TermPostings(t.Name, t.List.Count, Strongest(t.List)))
            .ToList();
    }

    /// <summary>The postings a client needs: all of them, or for very common terms the highest-scoring ones, in section order.</summary>
    private static List<Posting> Strongest(List<Posting> postings) =>
        postings.Count <= MaxPostingsPerTerm
            ? postings
            : postings.OrderByDescending(p => Score(p.Impact)).ThenBy(p => p.Section).Take(MaxPostingsPerTerm).OrderBy(p => p.Section).ToList();

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
            VarInt.Write(buffer, term.Postings.Count);
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

    private static byte[] Fragments(SearchSection[] sections) => JsonSerializer.SerializeToUtf8Bytes(sections.Select(section => new
    {
        u = section.Url,
        t = section.PageTitle,
        h = section.Heading,
        c = section.Context,
        x = section.Text.Length > MaxFragmentChars ? section.Text[..MaxFragmentChars] : section.Text,
    }), JsonOptions);

    private static string Version(IEnumerable<byte[]> contents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var content in contents) hash.AppendData(content);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

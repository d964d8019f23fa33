using System.Text;
using System.Text.Json;

namespace ReportSite.Tests.Support;

/// <summary>Reads a built search index back (the chunk layout of SearchIndexBuilder), to test what was written.</summary>
public sealed class SearchIndexReader
{
    public sealed record Term(int DocumentFrequency, IReadOnlyList<(int Section, byte Impact)> Postings);

    public SearchIndexReader(string output, string language)
    {
        var manifestPath = Path.Combine(output, "search", language, "manifest.json");
        Manifest = JsonDocument.Parse(File.ReadAllText(manifestPath)).RootElement;
        Folder = Path.Combine(output, "search", language, Manifest.GetProperty("base").GetString()!);
        for (var i = 0; i < Manifest.GetProperty("chunks").GetArrayLength(); i++)
            Read(File.ReadAllBytes(Path.Combine(Folder, "c", $"{i}.bin")));
    }

    public JsonElement Manifest { get; }
    public string Folder { get; }
    public Dictionary<string, Term> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Words the index saw whose stem differs, and the stem each stands for.</summary>
    public Dictionary<string, string> Stems { get; } = new(StringComparer.Ordinal);

    /// <summary>The URL of every section the index holds, in both languages of a zh/en site.</summary>
    public static List<string> SectionUrls(string output) =>
        [.. new[] { "zh", "en" }.Where(l => File.Exists(Path.Combine(output, "search", l, "manifest.json"))).Select(l => new SearchIndexReader(output, l))
            .SelectMany(index => Enumerable.Range(0, index.Manifest.GetProperty("sections").GetInt32()).Select(s => index.Fragment(s).GetProperty("u").GetString()!))];

    public JsonElement Fragment(int section)
    {
        var perPack = Manifest.GetProperty("sectionsPerPack").GetInt32();
        var pack = File.ReadAllBytes(Path.Combine(Folder, "t", $"{section / perPack}.bin"));
        var record = section % perPack;
        var start = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(pack.AsSpan(4 * record));
        var end = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(pack.AsSpan(4 * (record + 1)));
        using var inflate = new System.IO.Compression.DeflateStream(new MemoryStream(pack, start, end - start), System.IO.Compression.CompressionMode.Decompress);
        return JsonDocument.Parse(inflate).RootElement.Clone();
    }

    private void Read(byte[] bytes)
    {
        var pos = 0;
        int VarInt()
        {
            int value = 0, shift = 0;
            byte b;
            do { b = bytes[pos++]; value |= (b & 0x7f) << shift; shift += 7; } while ((b & 0x80) != 0);
            return value;
        }
        var count = VarInt();
        for (var t = 0; t < count; t++)
        {
            var length = VarInt();
            var term = Encoding.UTF8.GetString(bytes, pos, length);
            pos += length;
            var df = VarInt();
            if (df == 0)
            {
                var stemLength = VarInt();
                Stems[term] = Encoding.UTF8.GetString(bytes, pos, stemLength);
                pos += stemLength;
                continue;
            }
            var n = VarInt();
            var postings = new List<(int, byte)>();
            var section = 0;
            for (var i = 0; i < n; i++)
            {
                section += VarInt();
                postings.Add((section, bytes[pos++]));
            }
            Terms[term] = new Term(df, postings);
        }
    }
}

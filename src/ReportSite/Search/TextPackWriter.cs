using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportSite.Search;

/// <summary>
/// Writes text packs, <c>t/N.bin</c>: the texts of up to <see cref="SearchIndexBuilder.SectionsPerPack"/>
/// neighbouring sections, each a JSON object (URL, page title, heading, context, text cut to
/// <see cref="SearchIndexBuilder.MaxFragmentChars"/>) compressed on its own as raw DEFLATE (RFC 1951;
/// browsers inflate it with <c>DecompressionStream("deflate-raw")</c>), which makes the packs, and what a
/// query downloads, about half of the JSON's size for Chinese and two-fifths for English. The file starts with n + 1 little-endian 32-bit
/// offsets from its start, record i being the bytes from offset i to offset i + 1, so a reader fetches
/// two offsets and then one record with HTTP range requests (a server that ignores ranges sends the whole
/// pack, which is read the same way). One writer serves one language's index and reuses its buffers.
/// </summary>
internal sealed class TextPackWriter
{
    private readonly ArrayBufferWriter<byte> _json = new(16 * 1024);
    private readonly MemoryStream _records = new(64 * 1024);
    private readonly ArrayBufferWriter<byte> _pack = new(64 * 1024);
    private readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The pack of <paramref name="sections"/>, valid until the next call.</summary>
    public ReadOnlySpan<byte> Write(SearchSection[] sections)
    {
        _records.SetLength(0);
        Span<int> ends = stackalloc int[sections.Length];
        using (var json = new Utf8JsonWriter(_json, _options))
        {
            for (var i = 0; i < sections.Length; i++)
            {
                var section = sections[i];
                _json.ResetWrittenCount();
                json.Reset(_json);
                json.WriteStartObject();
                json.WriteString("u", section.Url);
                json.WriteString("t", section.PageTitle);
                json.WriteString("h", section.Heading);
                json.WriteString("c", section.Context);
                json.WriteString("x", section.Text.AsSpan(0, Math.Min(section.Text.Length, SearchIndexBuilder.MaxFragmentChars)));
                json.WriteEndObject();
                json.Flush();
                using (var deflate = new DeflateStream(_records, CompressionLevel.Fastest, leaveOpen: true))
                    deflate.Write(_json.WrittenSpan);
                ends[i] = (int)_records.Length;
            }
        }
        var header = 4 * (sections.Length + 1);
        _pack.ResetWrittenCount();
        var offsets = _pack.GetSpan(header);
        BinaryPrimitives.WriteInt32LittleEndian(offsets, header);
        for (var i = 0; i < sections.Length; i++) BinaryPrimitives.WriteInt32LittleEndian(offsets[(4 * (i + 1))..], header + ends[i]);
        _pack.Advance(header);
        _pack.Write(_records.GetBuffer().AsSpan(0, (int)_records.Length));
        return _pack.WrittenSpan;
    }
}

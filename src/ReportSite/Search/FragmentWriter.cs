using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportSite.Search;

/// <summary>
/// Writes fragment files, <c>f/N.json</c>: per section its URL, page title, heading, context and
/// text (cut to <see cref="SearchIndexBuilder.MaxFragmentChars"/>), with a JSON writer (no serializer
/// reflection). One writer serves one language's index and reuses one buffer for all its files.
/// </summary>
internal sealed class FragmentWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file of <paramref name="sections"/>, valid until the next call.</summary>
    public ReadOnlySpan<byte> Write(SearchSection[] sections)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, _options))
        {
            json.WriteStartArray();
            foreach (var section in sections)
            {
                json.WriteStartObject();
                json.WriteString("u", section.Url);
                json.WriteString("t", section.PageTitle);
                json.WriteString("h", section.Heading);
                json.WriteString("c", section.Context);
                json.WriteString("x", section.Text.AsSpan(0, Math.Min(section.Text.Length, SearchIndexBuilder.MaxFragmentChars)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return _buffer.WrittenSpan;
    }
}

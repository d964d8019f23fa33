using System.Text;

namespace ReportSite.Search;

/// <summary>One file of postings, <c>c/N.bin</c>: a run of terms in sorted order, and the first of them (the manifest lists it).</summary>
internal sealed record PostingChunk(string FirstTerm, byte[] Content)
{
    /// <summary>
    /// Cuts the terms into chunks of about <see cref="SearchIndexBuilder.TargetChunkBytes"/>. Layout:
    /// term count, then per term its UTF-8 bytes (length-prefixed), its true document frequency, its
    /// posting count and postings as (section id delta, impact byte); a word that stands for its stem
    /// has document frequency 0 and the stem (length-prefixed) instead of postings. Integers are unsigned LEB128,
    /// 7 bits a byte, low bits first, as <see cref="BinaryWriter.Write7BitEncodedInt(int)"/> writes them
    /// and <c>search-engine.js</c> reads them; <see cref="BinaryWriter.Write(string)"/> writes the same
    /// length prefix.
    /// </summary>
    public static List<PostingChunk> Cut(List<TermPostings> terms)
    {
        var chunks = new List<PostingChunk>();
        var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        var count = 0;
        string? first = null;
        void Close()
        {
            if (count == 0) return;
            var content = new MemoryStream();
            using (var head = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true)) head.Write7BitEncodedInt(count);
            buffer.WriteTo(content);
            chunks.Add(new PostingChunk(first!, content.ToArray()));
            buffer.SetLength(0);
            count = 0;
        }
        foreach (var term in terms)
        {
            if (buffer.Length >= SearchIndexBuilder.TargetChunkBytes) Close();
            if (count == 0) first = term.Term;
            writer.Write(term.Term);
            writer.Write7BitEncodedInt(term.DocumentFrequency);
            if (term.StemOf is { } stem)
            {
                writer.Write(stem);
                count++;
                continue;
            }
            writer.Write7BitEncodedInt(term.Postings.Length);
            var previous = 0;
            foreach (var posting in term.Postings)
            {
                writer.Write7BitEncodedInt(posting.Section - previous);
                writer.Write(posting.Impact);
                previous = posting.Section;
            }
            count++;
        }
        Close();
        return chunks;
    }
}

namespace ReportSite.Search;

/// <summary>A term's occurrence in a section before scoring: the section, the count (capped), the heading and title flags. Eight bytes.</summary>
internal readonly record struct Occurrence(int Section, ushort Frequency, byte Flags);

/// <summary>
/// Sections <c>from</c> to <c>to</c> (exclusive) tokenised: each term's occurrences, numbered by a
/// term table of the slice's own, and each section's length in tokens (written into
/// <paramref name="lengths"/>, which slices share, each its own range). Slices run side by side, one
/// worker each; everything a slice changes besides its range of lengths is its own.
/// </summary>
internal sealed class SectionSlice(IReadOnlyList<SearchSection> sections, int from, int to, int[] lengths)
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
    private readonly struct TitleSink(SectionSlice slice) : SearchTokenizer.ITokenSink
    {
        public void Add(ReadOnlySpan<char> token, bool isWord) => slice._titleTerms.Add(slice.Id(token));
    }

    /// <summary>Counts a heading's or text's terms into the current section, and its length in tokens.</summary>
    private struct TextSink(SectionSlice slice, byte flag) : SearchTokenizer.ITokenSink
    {
        public int Length;

        public void Add(ReadOnlySpan<char> token, bool isWord)
        {
            slice.Mark(slice.Id(token), flag, 1);
            Length++;
        }
    }
}

using System.Runtime.InteropServices;

namespace ReportSite.Search;

/// <summary>
/// Numbers the distinct terms of an index in the order first seen, looking tokens up by span so a
/// repeated term costs no allocation. Two-character terms (every Chinese bigram) are keyed by their
/// two characters as one integer: tokens are looked up tens of millions of times on a big site, and
/// one dictionary of strings for all terms is half as fast (HotPathBenchmarks, "Term numbering").
/// </summary>
public sealed class TermTable
{
    private readonly List<string> _names = [];
    private readonly Dictionary<int, int> _pairs = [];
    private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _textsBySpan;

    public TermTable() => _textsBySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The term's number, assigning the next one to a term not seen before.</summary>
    public int Id(ReadOnlySpan<char> term) => Id(term, null);

    /// <summary>The term's number, as <see cref="Id(ReadOnlySpan{char})"/>; a new term keeps <paramref name="term"/> as its name.</summary>
    public int Id(string term) => Id(term, term);

    /// <summary>Terms by number.</summary>
    public IReadOnlyList<string> Names => _names;

    private int Id(ReadOnlySpan<char> term, string? name)
    {
        if (term.Length == 2)
        {
            ref var pair = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairs, term[0] << 16 | term[1], out var seen);
            if (!seen) pair = Add(name ?? term.ToString());
            return pair;
        }
        if (_textsBySpan.TryGetValue(term, out var id)) return id;
        name ??= term.ToString();
        return _texts[name] = Add(name);
    }

    private int Add(string name)
    {
        _names.Add(name);
        return _names.Count - 1;
    }
}

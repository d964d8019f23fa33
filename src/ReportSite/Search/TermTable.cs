namespace ReportSite.Search;

/// <summary>
/// Numbers the distinct terms of an index, looking tokens up by span so a repeated term costs no
/// allocation. Two-character terms (every Chinese bigram) are looked up by their two characters
/// as one integer, far cheaper than hashing and comparing text.
/// </summary>
public sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<uint, int> _pairs = [];
    private readonly List<string> _names = [];

    public TermTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The term's number, assigning the next one to a term not seen before.</summary>
    public int Id(ReadOnlySpan<char> term) => Id(term, null);

    /// <summary>The term's number, as <see cref="Id(ReadOnlySpan{char})"/>; a new term keeps <paramref name="term"/> as its name.</summary>
    public int Id(string term) => Id(term, term);

    private int Id(ReadOnlySpan<char> term, string? name)
    {
        var id = _names.Count;
        if (term.Length == 2)
        {
            var pair = (uint)term[0] << 16 | term[1];
            if (_pairs.TryGetValue(pair, out var known)) return known;
            _pairs[pair] = id;
            name ??= term.ToString();
        }
        else
        {
            if (_lookup.TryGetValue(term, out var known)) return known;
            name ??= term.ToString();
            _ids[name] = id;
        }
        _names.Add(name);
        return id;
    }

    /// <summary>Terms by number.</summary>
    public IReadOnlyList<string> Names => _names;
}

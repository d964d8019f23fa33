namespace ReportSite.Benchmarks;

/// <summary>
/// What <see cref="Search.TermTable"/> would be with the platform's dictionary (a span lookup, so a
/// repeated term costs no allocation): the numbers are the same, the benchmark says which is faster.
/// </summary>
internal sealed class DictionaryTermTable
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;

    public DictionaryTermTable() => _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The term's number, assigning the next one to a term not seen before.</summary>
    public int Id(ReadOnlySpan<char> term) => _idsBySpan.TryGetValue(term, out var id) ? id : Add(term.ToString());

    /// <summary>The term's number, as <see cref="Id(ReadOnlySpan{char})"/>; a new term keeps <paramref name="term"/> as its name.</summary>
    public int Id(string term) => _ids.TryGetValue(term, out var id) ? id : Add(term);

    /// <summary>Terms by number.</summary>
    public IReadOnlyList<string> Names => _names;

    private int Add(string name)
    {
        _names.Add(name);
        return _ids[name] = _names.Count - 1;
    }
}

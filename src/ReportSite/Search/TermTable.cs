namespace ReportSite.Search;

/// <summary>
/// Numbers the distinct terms of an index in the order first seen, looking tokens up by span so a
/// repeated term costs no allocation.
/// </summary>
internal sealed class TermTable
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;

    public TermTable() => _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

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

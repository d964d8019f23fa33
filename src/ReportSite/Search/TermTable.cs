namespace ReportSite.Search;

/// <summary>Numbers the distinct terms of an index, looking tokens up by span so a repeated term costs no allocation.</summary>
public sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _names = [];

    public TermTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The term's number, assigning the next one to a term not seen before.</summary>
    public int Id(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id)) return id;
        var name = term.ToString();
        _ids[name] = _names.Count;
        _names.Add(name);
        return _names.Count - 1;
    }

    /// <summary>Terms by number.</summary>
    public IReadOnlyList<string> Names => _names;
}

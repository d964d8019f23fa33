namespace ReportSite.Search;

/// <summary>
/// Numbers the distinct terms of an index in the order first seen, looking tokens up by span so a
/// repeated term costs no allocation. Tokens are looked up tens of millions of times on a big site,
/// so this is an open-addressing hash table of its own rather than a dictionary: one array probe
/// for most lookups. Two-character terms (every Chinese bigram) are keyed by their two characters
/// as one integer, so they are neither hashed as text nor compared.
/// </summary>
public sealed class TermTable
{
    private readonly List<string> _names = [];

    // Slots hold id + 1 (0 = empty); pairs keep their key beside the id, other terms compare names[id].
    private int[] _pairIds = new int[1024];
    private uint[] _pairKeys = new uint[1024];
    private int _pairCount;
    private int[] _textIds = new int[1024];
    private int[] _textHashes = new int[1024];
    private int _textCount;

    /// <summary>The term's number, assigning the next one to a term not seen before.</summary>
    public int Id(ReadOnlySpan<char> term) => Id(term, null);

    /// <summary>The term's number, as <see cref="Id(ReadOnlySpan{char})"/>; a new term keeps <paramref name="term"/> as its name.</summary>
    public int Id(string term) => Id(term, term);

    /// <summary>Terms by number.</summary>
    public IReadOnlyList<string> Names => _names;

    private int Id(ReadOnlySpan<char> term, string? name) =>
        term.Length == 2 ? PairId((uint)term[0] << 16 | term[1], term, name) : TextId(term, name);

    private int PairId(uint key, ReadOnlySpan<char> term, string? name)
    {
        var mask = _pairIds.Length - 1;
        for (var slot = (int)(key * 0x9E3779B1u >> 7) & mask; ; slot = (slot + 1) & mask)
        {
            var stored = _pairIds[slot];
            if (stored == 0)
            {
                var id = Add(term, name);
                (_pairIds[slot], _pairKeys[slot]) = (id + 1, key);
                if (++_pairCount * 2 > _pairIds.Length) GrowPairs();
                return id;
            }
            if (_pairKeys[slot] == key) return stored - 1;
        }
    }

    private int TextId(ReadOnlySpan<char> term, string? name)
    {
        var hash = Hash(term);
        var mask = _textIds.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var stored = _textIds[slot];
            if (stored == 0)
            {
                var id = Add(term, name);
                (_textIds[slot], _textHashes[slot]) = (id + 1, hash);
                if (++_textCount * 2 > _textIds.Length) GrowTexts();
                return id;
            }
            if (_textHashes[slot] == hash && term.SequenceEqual(_names[stored - 1])) return stored - 1;
        }
    }

    private int Add(ReadOnlySpan<char> term, string? name)
    {
        _names.Add(name ?? term.ToString());
        return _names.Count - 1;
    }

    /// <summary>FNV-1a over the UTF-16 units, mixed at the end; never negative.</summary>
    private static int Hash(ReadOnlySpan<char> term)
    {
        var hash = 2166136261u;
        foreach (var c in term) hash = (hash ^ c) * 16777619u;
        return (int)((hash ^ hash >> 15) * 0x2C1B3C6Du >> 1);
    }

    private void GrowPairs()
    {
        var (ids, keys) = (_pairIds, _pairKeys);
        _pairIds = new int[ids.Length * 2];
        _pairKeys = new uint[ids.Length * 2];
        var mask = _pairIds.Length - 1;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] == 0) continue;
            var slot = (int)(keys[i] * 0x9E3779B1u >> 7) & mask;
            while (_pairIds[slot] != 0) slot = (slot + 1) & mask;
            (_pairIds[slot], _pairKeys[slot]) = (ids[i], keys[i]);
        }
    }

    private void GrowTexts()
    {
        var (ids, hashes) = (_textIds, _textHashes);
        _textIds = new int[ids.Length * 2];
        _textHashes = new int[ids.Length * 2];
        var mask = _textIds.Length - 1;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] == 0) continue;
            var slot = hashes[i] & mask;
            while (_textIds[slot] != 0) slot = (slot + 1) & mask;
            (_textIds[slot], _textHashes[slot]) = (ids[i], hashes[i]);
        }
    }
}

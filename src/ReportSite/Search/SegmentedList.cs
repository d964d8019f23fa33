namespace ReportSite.Search;

/// <summary>
/// A list that is only appended to, kept in segments of at most <see cref="SegmentLength"/> items:
/// a long list grows without copying what it holds, and no segment is large enough for the large
/// object heap (whose arrays are fresh memory until a full collection). Short lists (most of them)
/// start at four items and double, as a <see cref="List{T}"/> would.
/// </summary>
internal sealed class SegmentedList<T>
{
    public const int SegmentLength = 1024;

    private List<T[]>? _full;
    private T[] _last = new T[4];
    private int _lastCount;

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (_lastCount == _last.Length)
        {
            if (_last.Length < SegmentLength) Array.Resize(ref _last, _last.Length * 2);
            else
            {
                (_full ??= []).Add(_last);
                _last = new T[SegmentLength];
                _lastCount = 0;
            }
        }
        _last[_lastCount++] = item;
        Count++;
    }

    /// <summary>How many segments hold the items; <see cref="Segment"/> gives each, in order.</summary>
    public int SegmentCount => (_full?.Count ?? 0) + 1;

    public ReadOnlySpan<T> Segment(int index) =>
        _full is not null && index < _full.Count ? _full[index] : _last.AsSpan(0, _lastCount);
}

namespace ReportSite.Configuration;

/// <summary>
/// Text that may differ per language: written in YAML either as one string for all languages
/// or as a map <c>{zh: ..., en: ...}</c>.
/// </summary>
public sealed record LocalizedText
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _byLanguage;
    private readonly string? _invariant;

    private LocalizedText(IReadOnlyDictionary<string, string> byLanguage, string? invariant = null)
    {
        _byLanguage = byLanguage;
        _invariant = invariant;
    }

    public static LocalizedText Same(string text) => new(new Dictionary<string, string>(), text);

    public static LocalizedText PerLanguage(IReadOnlyDictionary<string, string> byLanguage) => new(byLanguage);

    public bool IsEmpty => _invariant is null && _byLanguage.Count == 0;

    /// <summary>The languages this text has its own value for (empty when it is the same for all).</summary>
    public IEnumerable<string> Languages => _byLanguage.Keys;

    /// <summary>The text in <paramref name="language"/>, else in <paramref name="fallback"/>, else any.</summary>
    public string Get(string language, string? fallback = null)
    {
        if (_invariant is not null) return _invariant;
        if (_byLanguage.TryGetValue(language, out var text)) return text;
        if (fallback is not null && _byLanguage.TryGetValue(fallback, out text)) return text;
        return _byLanguage.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).FirstOrDefault() ?? "";
    }

    public bool Has(string language) => _invariant is not null || _byLanguage.ContainsKey(language);
}

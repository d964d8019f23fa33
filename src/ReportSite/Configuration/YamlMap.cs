using System.Globalization;
using ReportSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Configuration;

/// <summary>
/// Typed, position-aware reads from one YAML mapping. A value of the wrong type is reported as a
/// diagnostic at the value's position and read as absent, so loading continues and all problems
/// are reported at once.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;

    internal YamlMap(YamlMappingNode node, string file, int firstLine, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    internal static YamlMap Empty(string file, int firstLine, DiagnosticBag diagnostics) =>
        new(new YamlMappingNode(), file, firstLine, diagnostics);

    public string File { get; }

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Contains(string key) => Find(key) is not null;

    /// <summary>Whether <paramref name="key"/> is written as an empty list, <c>[]</c>.</summary>
    public bool IsEmptyList(string key) => Find(key) is YamlSequenceNode { Children.Count: 0 };

    /// <summary>Whether <paramref name="key"/> is written with no value (<c>key:</c> or <c>key: ""</c>).</summary>
    public bool IsBlank(string key) => Find(key) is YamlScalarNode { Value: null or "" };

    /// <summary>Where <paramref name="key"/> is written, or the start of the mapping when it is absent.</summary>
    public SourceLocation LocationOf(string key)
    {
        var entry = _node.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key);
        return entry.Key is null ? At(_node) : At(entry.Key);
    }

    public string? String(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar.Value;
        WrongType(key, node, "a text value", "quote it: key: \"text\"");
        return null;
    }

    public int? Int(string key)
    {
        if (Find(key) is not { } node) return null;
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        WrongType(key, node, "a whole number", "write digits only, e.g. order: 3");
        return null;
    }

    public bool? Bool(string key)
    {
        if (Find(key) is not { } node) return null;
        if (node is YamlScalarNode { Value: { } v } && bool.TryParse(v, out var b)) return b;
        WrongType(key, node, "true or false", "write draft: true or draft: false");
        return null;
    }

    public DateOnly? Date(string key)
    {
        if (Find(key) is not { } node) return null;
        if (node is YamlScalarNode { Value: { } v }
            && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        WrongType(key, node, "a date", "write it as YYYY-MM-DD, e.g. 2024-11-21");
        return null;
    }

    /// <summary>A nested mapping, such as <c>translated_from: {lang: zh, hash: 1a2b3c4d}</c>.</summary>
    public YamlMap? Map(string key)
    {
        switch (Find(key))
        {
            case null: return null;
            case YamlMappingNode map: return new YamlMap(map, File, _firstLine, _diagnostics);
            case var node:
                WrongType(key, node, "a mapping of keys to values", "write it as {key: value, key: value}");
                return null;
        }
    }

    /// <summary>A sequence of mappings, such as the rows or columns of a data table; other items are reported.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        switch (Find(key))
        {
            case null: return [];
            case YamlSequenceNode seq:
                var maps = new List<YamlMap>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlMappingNode map) maps.Add(new YamlMap(map, File, _firstLine, _diagnostics));
                    else WrongType($"{key} item", item, "a mapping of keys to values", "start each item with '- key: value'");
                }
                return maps;
            case var node:
                WrongType(key, node, "a list", "write one '- key: value' item per entry");
                return [];
        }
    }

    /// <summary>Where the value of <paramref name="key"/> is written, or where the mapping starts when it is absent.</summary>
    public SourceLocation ValueLocationOf(string key) => Find(key) is { } node ? At(node) : At(_node);

    /// <summary>Where this mapping starts.</summary>
    public SourceLocation Location => At(_node);

    /// <summary>A list of strings: a YAML sequence, or one scalar taken as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        switch (Find(key))
        {
            case null: return [];
            case YamlScalarNode { Value: { } one }: return one.Length == 0 ? [] : [one];
            case YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode):
                return seq.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "").ToList();
            case var node:
                WrongType(key, node, "a list of text values", "write it as [first, second]");
                return [];
        }
    }

    /// <summary>
    /// Text that is either the same for every language or a map from language code to text. A map that
    /// lacks one of <paramref name="languages"/> (or leaves it blank) is a warning at the key, since
    /// another language's text would be shown there without a word; <paramref name="reportGaps"/> off
    /// leaves that to the caller.
    /// </summary>
    public LocalizedText? Localized(string key, IReadOnlyCollection<string> languages, bool reportGaps = true)
    {
        switch (Find(key))
        {
            case null: return null;
            case YamlScalarNode { Value: { } one }: return LocalizedText.Same(one);
            case YamlMappingNode map:
                var byLanguage = new Dictionary<string, string>();
                var unknownLanguage = false;
                foreach (var (k, v) in map.Children)
                {
                    var code = (k as YamlScalarNode)?.Value ?? "";
                    if (languages.Count > 0 && !languages.Contains(code))
                    {
                        unknownLanguage = true;
                        _diagnostics.Error(DiagnosticCodes.UnknownLanguage, At(k),
                            $"'{key}' has text for language '{code}', which is not one of the site's languages ({string.Join(", ", languages)}).",
                            "Use one of the codes listed under 'languages' in site.yaml.");
                        continue;
                    }
                    // A blank text is a gap like a missing one: the other language's text is shown there, as RS0108 says.
                    if (v is not YamlScalarNode { Value: { } text }) WrongType($"{key}.{code}", v, "a text value", "quote it: \"text\"");
                    else if (!string.IsNullOrWhiteSpace(text)) byLanguage[code] = text;
                }
                // A text under a mistyped code (en-us, EN) was reported as such: the gap it leaves is that same mistake.
                if (reportGaps && !unknownLanguage) ReportMissingLanguages(key, byLanguage, languages);
                return LocalizedText.PerLanguage(byLanguage);
            case var node:
                WrongType(key, node, "text, or a map of language to text", "write it as {zh: 中文, en: English}");
                return null;
        }
    }

    private void ReportMissingLanguages(string key, Dictionary<string, string> byLanguage, IReadOnlyCollection<string> languages)
    {
        var missing = languages.Where(l => !byLanguage.TryGetValue(l, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
        if (missing.Count == 0) return;
        var given = languages.Except(missing).ToList();
        var list = string.Join(", ", missing);
        _diagnostics.Warning(DiagnosticCodes.MissingLanguageText, LocationOf(key),
            given.Count == 0
                ? $"'{key}' has no text in any of the site's languages ({list})."
                : $"'{key}' has no {list} text, so the {string.Join("/", given)} text is shown on {list} pages.",
            $"Add {string.Join(", ", missing.Select(l => $"{l}: ..."))} to '{key}', or write one text for every language: {key}: ...");
    }

    /// <summary>Warns about each key not in <paramref name="known"/>, with a "did you mean" hint when one is close.</summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var keyNode in _node.Children.Keys.OfType<YamlScalarNode>())
        {
            var key = keyNode.Value ?? "";
            if (known.Contains(key)) continue;
            var suggestion = Spelling.Closest(key, known);
            var hint = suggestion is null
                ? $"Known keys: {string.Join(", ", known)}."
                : $"Did you mean '{suggestion}'?";
            _diagnostics.Warning(DiagnosticCodes.UnknownKey, At(keyNode), $"Unknown key '{key}' is ignored.", hint);
        }
    }

    /// <summary>
    /// Reports a required key as missing, unless it is written: then its value could not be read, which
    /// was reported at the value (one mistake, one diagnostic).
    /// </summary>
    public void ReportMissing(string key, string hint)
    {
        if (Contains(key)) return;
        _diagnostics.Error(DiagnosticCodes.MissingRequired, At(_node), $"Required key '{key}' is missing.", hint);
    }

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private void WrongType(string key, YamlNode node, string expected, string hint)
    {
        var found = node is YamlScalarNode s ? $"'{s.Value}'" : node is YamlSequenceNode ? "a list" : "a mapping";
        _diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"'{key}' must be {expected}, but is {found}.", char.ToUpperInvariant(hint[0]) + hint[1..] + ".");
    }

    private SourceLocation At(YamlNode node) =>
        new(File, _firstLine + (int)node.Start.Line - 1, (int)node.Start.Column);
}

using System.Globalization;

namespace ReportSite.Content;

/// <summary>
/// Reads the front matter nearly every chapter has (<c>title: "..."</c>, <c>order: 3</c>,
/// <c>keywords: [a, b]</c>) without a YAML parser, which costs more than the rest of loading a
/// chapter (HandWrittenBenchmarks, "Front matter": about 25 times the time and the memory).
/// Only a strict subset is taken: one known key a line, each once, with a value YAML reads
/// exactly as written (a double-quoted text without escapes, a plain text that starts with a letter
/// or digit and holds nothing YAML treats specially, or a flow list of such texts) and that
/// <see cref="FrontMatterParser"/> would accept without a diagnostic. Anything else returns null and
/// goes to the YAML parser, so what a page means never depends on which reader read it (a test
/// checks both agree).
/// </summary>
internal static class SimpleFrontMatter
{
    public static FrontMatter? TryRead(ReadOnlySpan<char> yaml)
    {
        string? title = null, summary = null, translationKey = null;
        int? order = null;
        DateOnly? date = null;
        bool? draft = null;
        IReadOnlyList<string>? authors = null, keywords = null;
        var seen = 0;
        foreach (var range in yaml.Split('\n'))
        {
            var line = yaml[range];
            if (line.IsEmpty && range.End.GetOffset(yaml.Length) == yaml.Length) continue; // the line end before the closing ---
            var colon = line.IndexOf(": ");
            if (colon <= 0) return null;
            var value = line[(colon + 2)..];
            var index = KeyIndex(line[..colon]);
            if (index < 0 || (seen & (1 << index)) != 0) return null;
            seen |= 1 << index;
            switch (FrontMatter.Keys[index])
            {
                case FrontMatter.TitleKey: if ((title = Text(value)) is null) return null; break;
                case FrontMatter.SummaryKey: if ((summary = Text(value)) is null) return null; break;
                case FrontMatter.OrderKey:
                    if (Text(value) is not { } number || !int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return null;
                    order = n;
                    break;
                case FrontMatter.AuthorsKey: if ((authors = List(value)) is null) return null; break;
                case FrontMatter.KeywordsKey: if ((keywords = List(value)) is null) return null; break;
                case FrontMatter.DateKey:
                    if (Text(value) is not { } day || !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
                    date = d;
                    break;
                case FrontMatter.DraftKey:
                    if (Text(value) is not { } flag || !bool.TryParse(flag, out var b)) return null;
                    draft = b;
                    break;
                case FrontMatter.TranslationKeyKey: if ((translationKey = Text(value)) is null) return null; break;
                default: return null; // translated_from (a mapping) and only_in are left to YAML
            }
        }
        if (seen == 0) return null;
        return new FrontMatter
        {
            Title = FrontMatterParser.NullIfBlank(title),
            Summary = FrontMatterParser.NullIfBlank(summary),
            Order = order,
            Authors = authors ?? [],
            Keywords = keywords ?? [],
            Date = date,
            Draft = draft ?? false,
            TranslationKey = FrontMatterParser.NullIfBlank(translationKey),
        };
    }

    /// <summary>The key's place in <see cref="FrontMatter.Keys"/> (which says which it was seen before), or -1 for an unknown key.</summary>
    private static int KeyIndex(ReadOnlySpan<char> key)
    {
        for (var i = 0; i < FrontMatter.Keys.Count; i++)
            if (key.SequenceEqual(FrontMatter.Keys[i])) return i;
        return -1;
    }

    /// <summary>A double-quoted text without escapes, or a plain text; null for anything YAML might read otherwise.</summary>
    private static string? Text(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            var inner = value[1..^1];
            return inner.IndexOfAny('"', '\\') < 0 && AllPlainCharacters(inner) ? new string(inner) : null;
        }
        return IsPlain(value, inFlow: false) ? new string(value) : null;
    }

    /// <summary>A flow list of plain texts, <c>[a, b c, d]</c>; null for anything else (empty lists and quoted items included).</summary>
    private static List<string>? List(ReadOnlySpan<char> value)
    {
        if (value.Length < 3 || value[0] != '[' || value[^1] != ']') return null;
        var items = new List<string>();
        var inner = value[1..^1];
        foreach (var range in inner.Split(','))
        {
            var item = inner[range].Trim(' ');
            if (!IsPlain(item, inFlow: true)) return null;
            items.Add(new string(item));
        }
        return items;
    }

    /// <summary>
    /// A plain scalar YAML reads as exactly these characters: it starts with a letter or digit,
    /// ends with neither a space nor a colon, and holds no ": " or " #" (nor, in a flow list, any of
    /// <c>,[]{}:</c>).
    /// </summary>
    private static bool IsPlain(ReadOnlySpan<char> text, bool inFlow) =>
        text.Length > 0 && char.IsLetterOrDigit(text[0]) && text[^1] is not (' ' or ':')
        && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
        && (!inFlow || text.IndexOfAny(FlowIndicators) < 0)
        && AllPlainCharacters(text);

    private const string FlowIndicators = ",[]{}:";

    /// <summary>No control characters, no tabs, no YAML line breaks (U+0085, U+2028, U+2029), no byte-order mark or non-characters, no surrogates.</summary>
    private static bool AllPlainCharacters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
                return false;
        return true;
    }
}

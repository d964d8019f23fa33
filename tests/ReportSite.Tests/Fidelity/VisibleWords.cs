using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace ReportSite.Tests.Fidelity;

/// <summary>
/// The words a reader sees in some HTML, counted: the text content without script, style and
/// template, each run of letters and digits one word, each Chinese or Japanese character or Hangul
/// syllable one word (CJK has no spaces). Counted, not ordered, so the place a renderer puts
/// footnotes or a title does not matter; case and punctuation are kept out of it.
/// </summary>
public sealed class VisibleWords
{
    private static readonly HashSet<string> Invisible = ["script", "style", "template"];

    // Where a reader sees a break between words. Inline and unknown elements are not breaks, so a
    // renderer that unwraps <Note>…</Note> or wraps a word in <span> sees the same words.
    private static readonly HashSet<string> Breaks =
    [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ];
    private readonly Dictionary<string, int> _counts;

    private VisibleWords(Dictionary<string, int> counts) => _counts = counts;

    public IReadOnlyDictionary<string, int> Counts => _counts;
    public int Total => _counts.Values.Sum();

    /// <summary>The words of every node given, in order (e.g. a page's title and its body).</summary>
    public static VisibleWords Of(params IEnumerable<INode?> nodes)
    {
        var text = new StringBuilder();
        foreach (var node in nodes)
            if (node is not null) AppendText(node, text);
        return OfText(text.ToString());
    }

    public static VisibleWords OfText(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0) return;
            var key = word.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
            word.Clear();
        }
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                Flush();
                word.Append(rune.ToString());
                Flush();
            }
            else if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                word.Append(rune.ToString());
            else
                Flush();
        }
        Flush();
        return new VisibleWords(counts);
    }

    /// <summary>How many of <paramref name="oracle"/>'s words these words keep (each at most as often as the oracle has it).</summary>
    public int KeptOf(VisibleWords oracle) =>
        oracle._counts.Sum(pair => Math.Min(pair.Value, _counts.GetValueOrDefault(pair.Key)));

    /// <summary>The oracle's words these lack, as often as they lack them, in a stable order.</summary>
    public IReadOnlyList<string> LostFrom(VisibleWords oracle) =>
        oracle._counts.Where(pair => pair.Value > _counts.GetValueOrDefault(pair.Key))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .SelectMany(pair => Enumerable.Repeat(pair.Key, pair.Value - _counts.GetValueOrDefault(pair.Key)))
            .ToList();

    private static void AppendText(INode node, StringBuilder text)
    {
        if (node is IElement element && Invisible.Contains(element.LocalName)) return;
        if (node is IText t)
        {
            text.Append(t.Data);
            return;
        }
        var isBreak = node is IElement e && Breaks.Contains(e.LocalName);
        if (isBreak) text.Append(' ');
        foreach (var child in node.ChildNodes) AppendText(child, text);
        if (isBreak) text.Append(' ');
    }

    private static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x3040 and <= 0x30FF => true,   // Hiragana, Katakana
        >= 0x3400 and <= 0x4DBF => true,   // CJK Extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK Unified Ideographs
        >= 0xAC00 and <= 0xD7AF => true,   // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true,   // CJK Compatibility Ideographs
        >= 0x20000 and <= 0x3FFFF => true, // CJK Extensions B and later
        _ => false,
    };
}

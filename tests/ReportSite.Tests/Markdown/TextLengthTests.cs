using System.Text;
using ReportSite.Markdown;

namespace ReportSite.Tests.Markdown;

public class TextLengthTests
{
    /// <summary>The count the rules give, rune by rune, with no fast path (a lone surrogate is U+FFFD: neither).</summary>
    internal static TextLength OneRuneAtATime(string text)
    {
        int cjk = 0, words = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var isCjk = TextLength.IsCjk(rune);
            var isWord = !isCjk && Rune.IsLetterOrDigit(rune);
            cjk += isCjk ? 1 : 0;
            words += isWord && !inWord ? 1 : 0;
            inWord = isWord;
        }
        return new TextLength(cjk, words);
    }

    [Fact]
    public void Reading_length_with_the_ascii_vector_path_is_the_count_rune_by_rune_on_mixed_text()
    {
        var random = new Random(19);
        // Runs of each kind, so eight-character ASCII windows are common and often cut by something else.
        string[] pieces =
        [
            "economy", " of scale ", "5G", "98.5%", "a", " ", "\n", "-", "_", "'s", "数字经济", "网络", "。", "，", "（18）",
            "é", "Straße", "ｆｕｌｌ", "\u3000", "\U00020000", "\U0002A6D6", "😀", "\uD800", "\uDC00", "\uDBFF\uDBFF", "かな", "한국어",
            "x1y2z3w4v5", "        ", "ABCDEFGHIJKLMNOP",
        ];
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(OneRuneAtATime(text) == TextLength.Of(text), text);

            // The same text given in pieces, with no break between them, counts the same.
            var counter = new TextLength.Counter();
            var at = 0;
            while (at < text.Length)
            {
                var length = Math.Min(text.Length - at, random.Next(1, 20));
                if (at + length < text.Length && char.IsSurrogatePair(text[at + length - 1], text[at + length])) length++; // pieces hold whole characters
                counter.Add(text.AsSpan(at, length));
                at += length;
            }
            Assert.True(OneRuneAtATime(text) == counter.Result, text);
        }
    }
}

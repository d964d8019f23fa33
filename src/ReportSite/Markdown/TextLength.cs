using System.Text;

namespace ReportSite.Markdown;

/// <summary>How long a text is to read: CJK characters and Latin words are counted apart.</summary>
public readonly record struct TextLength(int CjkCharacters, int Words)
{
    public static TextLength Of(string text)
    {
        var counter = new Counter();
        counter.Add(text);
        return counter.Result;
    }

    /// <summary>Counts text given in pieces (a page's inline runs), without joining them into one string.</summary>
    public sealed class Counter : InlineText.ISink
    {
        private int _cjk, _words;
        private bool _inWord;

        public void Add(ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                var c = text[0];
                Rune rune;
                if (c < 0x80) { rune = new Rune(c); text = text[1..]; }
                else
                {
                    Rune.DecodeFromUtf16(text, out rune, out var consumed);
                    text = text[consumed..];
                }
                if (IsCjk(rune)) { _cjk++; _inWord = false; }
                else if (Rune.IsLetterOrDigit(rune)) { if (!_inWord) _words++; _inWord = true; }
                else _inWord = false;
            }
        }

        /// <summary>Ends a word: the next piece of text does not continue this one.</summary>
        public void Break() => _inWord = false;

        public TextLength Result => new(_cjk, _words);
    }

    /// <summary>Han ideographs, kana and Hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(Rune rune) => rune.Value is
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or
        (>= 0x3040 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0x20000 and <= 0x3134F);

    /// <summary>Minutes to read, at about 400 Chinese characters or 220 English words a minute.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(CjkCharacters / 400.0 + Words / 220.0, MidpointRounding.AwayFromZero));
}

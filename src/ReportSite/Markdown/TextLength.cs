using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using ReportSite.Search;

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
            // One table lookup per UTF-16 unit (nearly all text is one unit a character): no rune
            // decoding and no branch on the kind of character but for surrogates; runs of ASCII
            // are counted eight characters at a time (English text about six times as fast, Chinese
            // a little slower: HandWrittenBenchmarks, "Reading length").
            var classes = CharClasses.Table;
            int cjk = _cjk, words = _words;
            var inWord = _inWord;
            var i = 0;
            while (i < text.Length)
            {
                if (Vector128.IsHardwareAccelerated && i + 8 <= text.Length && CountAscii(text.Slice(i, 8), ref words, ref inWord))
                {
                    i += 8;
                    continue;
                }
                var kind = classes[text[i]];
                if (kind == CharClasses.Surrogate)
                {
                    if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done) { inWord = false; i++; continue; }
                    kind = IsCjk(rune) ? CharClasses.Cjk : Rune.IsLetterOrDigit(rune) ? CharClasses.Word : CharClasses.Other;
                    i += consumed - 1;
                }
                var word = kind == CharClasses.Word;
                words += word && !inWord ? 1 : 0;
                cjk += kind == CharClasses.Cjk ? 1 : 0;
                inWord = word;
                i++;
            }
            (_cjk, _words, _inWord) = (cjk, words, inWord);
        }

        /// <summary>Counts the word starts among eight ASCII characters; false (nothing counted) when any is not ASCII.</summary>
        private static bool CountAscii(ReadOnlySpan<char> eight, ref int words, ref bool inWord)
        {
            var chars = Vector128.Create(MemoryMarshal.Cast<char, ushort>(eight));
            if (Vector128.GreaterThanOrEqualAny(chars, Vector128.Create((ushort)0x80))) return false;
            var lower = chars | Vector128.Create((ushort)0x20);
            var letters = Vector128.GreaterThanOrEqual(lower, Vector128.Create((ushort)'a')) & Vector128.LessThanOrEqual(lower, Vector128.Create((ushort)'z'));
            var digits = Vector128.GreaterThanOrEqual(chars, Vector128.Create((ushort)'0')) & Vector128.LessThanOrEqual(chars, Vector128.Create((ushort)'9'));
            var wordChars = (letters | digits).ExtractMostSignificantBits();
            var starts = wordChars & ~((wordChars << 1) | (inWord ? 1u : 0u));
            words += BitOperations.PopCount(starts);
            inWord = (wordChars & 0x80) != 0;
            return true;
        }

        /// <summary>Ends a word: the next piece of text does not continue this one.</summary>
        public void Break() => _inWord = false;

        public TextLength Result => new(_cjk, _words);
    }

    /// <summary>Han ideographs, kana and Hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(Rune rune) => IsCjk(rune.Value);

    /// <summary><see cref="IsCjk(Rune)"/> of a character outside the surrogate range.</summary>
    public static bool IsCjk(char c) => IsCjk((int)c);

    private static bool IsCjk(int value) => value >= 0x3040 && value is
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or
        (>= 0x3040 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0x20000 and <= 0x3134F);

    /// <summary>Minutes to read, at about 400 Chinese characters or 220 English words a minute.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(CjkCharacters / 400.0 + Words / 220.0, MidpointRounding.AwayFromZero));
}

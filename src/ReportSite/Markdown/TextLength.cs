using System.Text;

namespace ReportSite.Markdown;

/// <summary>How long a text is to read: CJK characters and Latin words are counted apart.</summary>
public readonly record struct TextLength(int CjkCharacters, int Words)
{
    public static TextLength Of(string text)
    {
        int cjk = 0, words = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsCjk(rune)) { cjk++; inWord = false; }
            else if (Rune.IsLetterOrDigit(rune)) { if (!inWord) words++; inWord = true; }
            else inWord = false;
        }
        return new TextLength(cjk, words);
    }

    /// <summary>Han ideographs, kana and Hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(Rune rune) => rune.Value is
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or
        (>= 0x3040 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0x20000 and <= 0x3134F);

    /// <summary>Minutes to read, at about 400 Chinese characters or 220 English words a minute.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(CjkCharacters / 400.0 + Words / 220.0, MidpointRounding.AwayFromZero));
}

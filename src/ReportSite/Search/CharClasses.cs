using ReportSite.Markdown;

namespace ReportSite.Search;

/// <summary>
/// What each UTF-16 unit counts as in search tokens, reading length and the link-syntax estimate:
/// part of a word (a letter or digit), a CJK character (<see cref="TextLength.IsCjk(char)"/>), white
/// space (<see cref="char.IsWhiteSpace(char)"/>), something else, or half of a surrogate pair (to be
/// decoded as a rune). One table lookup instead of range tests and a Unicode category.
/// </summary>
internal static class CharClasses
{
    public const byte Other = 0, Word = 1, Cjk = 2, Surrogate = 3, Space = 4;

    /// <summary>The class of every UTF-16 unit, indexed by the unit (64 KB, read-only).</summary>
    public static ReadOnlySpan<byte> Table => ByUnit;

    private static readonly byte[] ByUnit = Build();

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            table[c] = char.IsSurrogate((char)c) ? Surrogate : TextLength.IsCjk((char)c) ? Cjk : char.IsLetterOrDigit((char)c) ? Word
                : char.IsWhiteSpace((char)c) ? Space : Other;
        return table;
    }
}

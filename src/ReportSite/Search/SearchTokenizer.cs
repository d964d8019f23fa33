using System.Buffers;
using System.Text;

namespace ReportSite.Search;

/// <summary>
/// Splits text into search tokens. The same rules are implemented in the theme's
/// <c>search-engine.js</c> and checked from both sides against <c>tests/search-tokenize-cases.json</c>:
/// <list type="number">
/// <item>NFKC-normalise (full-width letters and digits become ASCII) and lower-case.</item>
/// <item>Runs of CJK characters become overlapping character bigrams ("数字经济" → 数字, 字经, 经济);
/// a one-character run stays one token.</item>
/// <item>Runs of letters and digits become one word each, as written (the index builder stems English
/// words, <see cref="WordStems"/>; the client looks the words up as they are).</item>
/// <item>Everything else separates tokens.</item>
/// </list>
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>A token and whether it came from Latin/digit text (only those take prefix matching).</summary>
    public readonly record struct Token(string Text, bool IsWord);

    /// <summary>Receives each token as a span valid only during the call, and whether it is a word.</summary>
    public delegate void TokenSink(ReadOnlySpan<char> token, bool isWord);

    /// <summary>As <see cref="TokenSink"/>, for a struct the tokeniser calls directly (no delegate per token).</summary>
    public interface ITokenSink
    {
        void Add(ReadOnlySpan<char> token, bool isWord);
    }

    private readonly struct DelegateSink(TokenSink sink) : ITokenSink
    {
        public void Add(ReadOnlySpan<char> token, bool isWord) => sink(token, isWord);
    }

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, (token, isWord) => tokens.Add(new Token(token.ToString(), isWord)));
        return tokens;
    }

    /// <summary>Tokenises without allocating a string per token.</summary>
    public static void Tokenize(string text, TokenSink sink)
    {
        var each = new DelegateSink(sink);
        Tokenize(text, ref each);
    }

    /// <summary>Tokenises without allocating a string per token (the index builder interns them itself).</summary>
    public static void Tokenize<TSink>(string text, ref TSink sink) where TSink : struct, ITokenSink
    {
        var normalized = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 16));
        var lowered = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 16));
        try
        {
            var length = NormalizeInto(text, ref normalized, ref lowered);
            Tokenize(lowered.AsSpan(0, length), ref sink);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(normalized);
            ArrayPool<char>.Shared.Return(lowered);
        }
    }

    private static void Tokenize<TSink>(ReadOnlySpan<char> span, ref TSink sink) where TSink : struct, ITokenSink
    {
        int cjkStart = -1, previousRune = -1, cjkRunes = 0, wordStart = -1;
        var classes = CharClasses.Table;
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            var length = 1;
            // One table lookup per UTF-16 unit (nearly all text is one unit a character): no rune decoding.
            var kind = classes[c];
            if (kind == CharClasses.Surrogate)
            {
                Rune.DecodeFromUtf16(span[i..], out var rune, out length);
                kind = IsCjk(rune) ? CharClasses.Cjk : Rune.IsLetterOrDigit(rune) ? CharClasses.Word : CharClasses.Other;
            }
            if (kind == CharClasses.Cjk)
            {
                EmitWord(span, ref wordStart, i, ref sink);
                if (cjkRunes == 0) cjkStart = i;
                else sink.Add(span[previousRune..(i + length)], false);
                previousRune = i;
                cjkRunes++;
            }
            else
            {
                if (cjkRunes > 0) EmitSingle(span, ref cjkRunes, cjkStart, previousRune, ref sink);
                if (kind == CharClasses.Word) { if (wordStart < 0) wordStart = i; }
                else if (wordStart >= 0) EmitWord(span, ref wordStart, i, ref sink);
            }
            i += length;
        }
        EmitWord(span, ref wordStart, span.Length, ref sink);
        EmitSingle(span, ref cjkRunes, cjkStart, previousRune, ref sink);
    }

    /// <summary>Han, kana and Hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(Rune rune) => Markdown.TextLength.IsCjk(rune);

    /// <summary>
    /// NFKC-normalises <paramref name="text"/> into <paramref name="normalized"/>, then lower-cases it
    /// into <paramref name="lowered"/> (pooled buffers, swapped for larger ones when NFKC expands the
    /// text); returns the length. No string per section.
    /// </summary>
    private static int NormalizeInto(string text, ref char[] normalized, ref char[] lowered)
    {
        ReadOnlySpan<char> source = text;
        if (!source.IsNormalized(NormalizationForm.FormKC))
        {
            if (!source.TryNormalize(normalized, out var written, NormalizationForm.FormKC))
            {
                Grow(ref normalized, source.GetNormalizedLength(NormalizationForm.FormKC));
                source.TryNormalize(normalized, out written, NormalizationForm.FormKC);
            }
            source = normalized.AsSpan(0, written);
        }
        Grow(ref lowered, source.Length);
        return source.ToLowerInvariant(lowered);
    }

    private static void Grow(ref char[] buffer, int length)
    {
        if (buffer.Length >= length) return;
        ArrayPool<char>.Shared.Return(buffer);
        buffer = ArrayPool<char>.Shared.Rent(length);
    }

    /// <summary>Ends a CJK run: a run of one character is a token of its own (longer runs emitted their bigrams already).</summary>
    private static void EmitSingle<TSink>(ReadOnlySpan<char> span, ref int runes, int start, int last, ref TSink sink) where TSink : struct, ITokenSink
    {
        if (runes == 1) sink.Add(span[start..(last + (char.IsHighSurrogate(span[last]) ? 2 : 1))], false);
        runes = 0;
    }

    private static void EmitWord<TSink>(ReadOnlySpan<char> span, ref int start, int end, ref TSink sink) where TSink : struct, ITokenSink
    {
        if (start < 0) return;
        sink.Add(span[start..end], true);
        start = -1;
    }
}

using System.Text;

namespace ReportSite.Search;

/// <summary>
/// Splits text into search tokens. The same rules are implemented in the theme's
/// <c>search-engine.js</c> and checked from both sides against <c>tests/search-tokenize-cases.json</c>:
/// <list type="number">
/// <item>NFKC-normalise (full-width letters and digits become ASCII) and lower-case.</item>
/// <item>Runs of CJK characters become overlapping character bigrams ("数字经济" → 数字, 字经, 经济);
/// a one-character run stays one token.</item>
/// <item>Runs of letters and digits become one word each; a plural 's' or 'ies' is folded
/// (economies → economy, rules → rule) when the word is longer than four ASCII letters.</item>
/// <item>Everything else separates tokens.</item>
/// </list>
/// </summary>
public static class SearchTokenizer
{
    /// <summary>A token and whether it came from Latin/digit text (only those take prefix matching).</summary>
    public readonly record struct Token(string Text, bool IsWord);

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var cjk = new List<Rune>();
        var word = new StringBuilder();
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                FlushWord(word, tokens);
                cjk.Add(rune);
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                FlushCjk(cjk, tokens);
                word.Append(rune.ToString());
            }
            else
            {
                FlushWord(word, tokens);
                FlushCjk(cjk, tokens);
            }
        }
        FlushWord(word, tokens);
        FlushCjk(cjk, tokens);
        return tokens;
    }

    /// <summary>Han, kana and Hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(Rune rune) => Markdown.TextLength.IsCjk(rune);

    private static void FlushCjk(List<Rune> run, List<Token> tokens)
    {
        if (run.Count == 1) tokens.Add(new Token(run[0].ToString(), false));
        for (var i = 0; i + 1 < run.Count; i++) tokens.Add(new Token(run[i].ToString() + run[i + 1], false));
        run.Clear();
    }

    private static void FlushWord(StringBuilder word, List<Token> tokens)
    {
        if (word.Length == 0) return;
        tokens.Add(new Token(Fold(word.ToString()), true));
        word.Clear();
    }

    /// <summary>Folds simple English plurals so "economies" finds "economy".</summary>
    public static string Fold(string word)
    {
        if (word.Length <= 4 || !word.All(char.IsAsciiLetterLower)) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }
}

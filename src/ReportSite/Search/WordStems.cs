using Lucene.Net.Tartarus.Snowball.Ext;

namespace ReportSite.Search;

/// <summary>
/// English words reduced to their Snowball (Porter2) stems at build time, so "refreshing", "refreshed"
/// and "refresh" are one term of the index. The client has no stemmer: the index also lists each word
/// it saw whose stem differs, pointing to the stem (<see cref="TermPostings"/>), and the client looks
/// the reader's words up there. Only words of ASCII letters are stemmed (the tokeniser's Latin words);
/// Chinese bigrams, numbers and other scripts are their own terms.
/// </summary>
internal static class WordStems
{
    /// <summary>The stem of each of <paramref name="terms"/> (the term itself where it is not stemmed), by index.</summary>
    public static string[] Of(IReadOnlyList<string> terms)
    {
        var stemmer = new EnglishStemmer();
        var stems = new string[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (!IsEnglishWord(term)) { stems[i] = term; continue; }
            stemmer.SetCurrent(term);
            stemmer.Stem();
            var stem = stemmer.Current;
            stems[i] = stem == term ? term : stem;
        }
        return stems;
    }

    /// <summary>A word of three or more ASCII letters (shorter words have no stem to take off).</summary>
    public static bool IsEnglishWord(string term)
    {
        if (term.Length < 3) return false;
        foreach (var c in term) if (c is < 'a' or > 'z') return false;
        return true;
    }
}

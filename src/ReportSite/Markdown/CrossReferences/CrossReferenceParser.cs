using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace ReportSite.Markdown.CrossReferences;

/// <summary>
/// Quarto's cross-references, <c>@fig-x</c>, <c>@tbl-x</c> and <c>@box-x</c>, found by Pandoc's rules
/// for citations: the <c>@</c> does not follow an ASCII letter, digit, <c>.</c> or <c>_</c> (so
/// <c>me@fig-a.com</c> stays an address), and the key's punctuation (<c>- . :</c>) counts only between
/// letters or digits, so "@fig-x." ends at the x. Keys are ASCII, so Chinese text may follow a
/// reference directly (<c>见@tbl-x的数据</c>) and precede it (<c>见@tbl-x</c>). Any other <c>@word</c>
/// stays text, and <c>\@</c> is a literal <c>@</c> (Markdig's escapes come first).
/// </summary>
internal sealed class CrossReferenceParser : InlineParser
{
    /// <summary>The prefixes that make an <c>@word</c> a cross-reference (Quarto's, for figures, tables and boxes).</summary>
    public static readonly IReadOnlyList<string> Prefixes = ["fig-", "tbl-", "box-"];

    /// <summary>The length of each prefix.</summary>
    private const int PrefixLength = 4;

    public CrossReferenceParser() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        if (char.IsAsciiLetterOrDigit(previous) || previous is '.' or '_') return false;
        var text = slice.Text;
        var start = slice.Start;
        var keyStart = start + 1;
        if (keyStart + PrefixLength > slice.End || !Prefixes.Any(prefix => string.CompareOrdinal(text, keyStart, prefix, 0, PrefixLength) == 0)) return false;
        var end = KeyEnd(text, keyStart + PrefixLength, slice.End);
        if (end == keyStart + PrefixLength) return false;
        processor.Inline = new CrossReferenceInline
        {
            Key = text[keyStart..end],
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end - 1)),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }

    /// <summary>Where the key's name (after its prefix) ends: letters, digits and <c>_</c>, joined by single <c>- . :</c>.</summary>
    private static int KeyEnd(string text, int from, int last)
    {
        var i = from;
        while (i <= last)
        {
            if (IsKeyCharacter(text[i])) i++;
            else if (i > from && text[i] is '-' or '.' or ':' && i + 1 <= last && IsKeyCharacter(text[i + 1])) i += 2;
            else break;
        }
        return i;
    }

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}

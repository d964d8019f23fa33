using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// <c>$…$</c> (inline) and <c>$$…$$</c> (display) math by Pandoc's rules (tex_math_dollars): the
/// opening <c>$</c> has a non-space character right after it, the closing one a non-space character
/// right before it and no digit right after it, so "$5 and $10" stays text. Markdig's own parser
/// uses emphasis rules instead, which refuse <c>$w_{i}$为权重</c> (a closing <c>$</c> after
/// punctuation and before a letter or Chinese character) and accept <c>$ x $</c>. <c>\$</c> is a
/// dollar sign (Markdig's escapes come first), code spans keep their dollars and a formula never
/// reaches into one (a backtick ends the search for its closing dollar).
/// </summary>
internal sealed class DollarMathParser : InlineParser
{
    public DollarMathParser() => OpeningCharacters = ['$'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End;
        var dollars = start + 1 <= end && text[start + 1] == '$' ? 2 : 1;
        // A run of three or more is not math; it is skipped whole, so its last two do not open.
        if (start + dollars <= end && text[start + dollars] == '$')
        {
            var run = start;
            while (run <= end && text[run] == '$') run++;
            processor.Inline = new Markdig.Syntax.Inlines.LiteralInline(new StringSlice(text, start, run - 1))
            {
                Span = new SourceSpan(processor.GetSourcePosition(start, out var runLine, out var runColumn), processor.GetSourcePosition(run - 1)),
                Line = runLine, Column = runColumn,
            };
            slice.Start = run;
            return true;
        }
        var contentStart = start + dollars;
        if (contentStart > end || (dollars == 1 && char.IsWhiteSpace(text[contentStart]))) return false;
        var close = FindClose(text, contentStart, end, dollars);
        if (close < 0) return false;
        var content = new StringSlice(text, contentStart, close - 1);
        if (dollars == 2 && content.IsEmptyOrWhitespace()) return false;
        processor.Inline = new MathInline
        {
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close + dollars - 1)),
            Line = line,
            Column = column,
            Delimiter = '$',
            DelimiterCount = dollars,
            Content = content,
        };
        slice.Start = close + dollars;
        return true;
    }

    /// <summary>Where the closing delimiter starts, or -1 (none before the end or a backtick): backslashes escape the next character.</summary>
    private static int FindClose(string text, int from, int end, int dollars)
    {
        for (var i = from; i <= end; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            // Code spans bind tighter than formulas (CommonMark's precedence), and TeX has no use for a backtick.
            if (c == '`') return -1;
            if (c != '$') continue;
            if (dollars == 2)
            {
                if (i + 1 <= end && text[i + 1] == '$') return i;
                continue;
            }
            var after = i + 1 <= end ? text[i + 1] : '\0';
            if (i > from && !char.IsWhiteSpace(text[i - 1]) && !char.IsAsciiDigit(after)) return i;
        }
        return -1;
    }
}

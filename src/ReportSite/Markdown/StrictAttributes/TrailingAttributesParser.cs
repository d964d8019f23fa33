using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.StrictAttributes;

/// <summary>
/// Takes an <see cref="AttributeList"/> in running text only where it cannot be meant as text:
/// right after a link or image (<c>[x](y){.class}</c>, <c>![a](b.png){width=300}</c>, no space
/// between), or closing a heading after a space (setext headings; ATX heading lines are read by
/// <see cref="StrictAttributesExtension"/> before their inlines). Every other <c>{</c> is text.
/// </summary>
internal sealed class TrailingAttributesParser : InlineParser
{
    public TrailingAttributesParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        MarkdownObject? target = processor.Inline switch
        {
            LinkInline { IsClosed: true } link when before is ')' or ']' => link,
            _ when processor.Block is HeadingBlock heading && before is ' ' or '\t' => heading,
            _ => null,
        };
        if (target is null) return false;
        var text = slice.AsSpan();
        if (AttributeList.TryRead(text, out var length) is not { } attributes) return false;
        if (target is HeadingBlock)
        {
            if (!text[length..].IsWhiteSpace()) return false;
            // The space before the list belonged to it, not to the heading's text.
            if (processor.Inline is LiteralInline literal) literal.Content.TrimEnd();
        }

        var start = slice.Start;
        var targetAttributes = target.GetAttributes();
        attributes.CopyTo(targetAttributes, true, false);
        targetAttributes.Span.Start = processor.GetSourcePosition(start, out var line, out var column);
        targetAttributes.Line = line;
        targetAttributes.Column = column;
        targetAttributes.Span.End = targetAttributes.Span.Start + length - 1;
        slice.Start += length;
        return true;
    }
}

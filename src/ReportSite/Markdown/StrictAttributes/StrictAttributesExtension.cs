using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportSite.Markdown.StrictAttributes;

/// <summary>
/// Attribute lists (<c>{#id .class key=value}</c>) where they are unambiguous, in place of Markdig's
/// generic attributes, which take any <c>{word}</c> of running text as attributes and delete it:
/// at the end of a heading line or a fenced code block's info string (after a space), and right
/// after a link or image (<see cref="TrailingAttributesParser"/>). Only lists whose every token is
/// attribute-shaped count (<see cref="AttributeList"/>); all other braces stay text, as on GitHub.
/// Register it last, as Markdig says of its own: it hooks the block parsers present at setup.
/// </summary>
internal sealed class StrictAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.RemoveAll(parser => parser is GenericAttributesParser);
        if (!pipeline.InlineParsers.Contains<TrailingAttributesParser>())
            pipeline.InlineParsers.Insert(0, new TrailingAttributesParser());
        foreach (var parser in pipeline.BlockParsers)
            if (parser is IAttributesParseable parseable) parseable.TryParseAttributes = TryReadAtLineEnd;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>
    /// Takes the attribute list that ends <paramref name="line"/> (a heading's text or a fence's info
    /// string) and cuts it off the line. The list starts the line or follows a space: in
    /// <c>## x_{i=1}</c> the braces are part of a formula.
    /// </summary>
    private static bool TryReadAtLineEnd(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var text = line.AsSpan();
        for (var i = text.IndexOf('{'); i >= 0; i = NextBrace(text, i))
        {
            if (i > 0 && text[i - 1] is not (' ' or '\t')) continue;
            if (AttributeList.TryRead(text[i..], out var length) is not { } attributes || !text[(i + length)..].IsWhiteSpace()) continue;
            var start = line.Start + i;
            var blockAttributes = block.GetAttributes();
            attributes.CopyTo(blockAttributes);
            blockAttributes.Line = processor.LineIndex;
            blockAttributes.Column = start - processor.CurrentLineStartPosition;
            blockAttributes.Span.Start = start;
            blockAttributes.Span.End = start + length - 1;
            line.End = start - 1;
            return true;
        }
        return false;
    }

    private static int NextBrace(ReadOnlySpan<char> text, int after)
    {
        var next = text[(after + 1)..].IndexOf('{');
        return next < 0 ? -1 : after + 1 + next;
    }
}

using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// <c>$…$</c> and <c>$$…$$</c> math: Markdig's <see cref="MathBlockParser"/> for <c>$$</c> blocks on
/// their own lines, <see cref="DollarMathParser"/> (Pandoc's rules) in text. The Parse stage converts
/// each formula to MathML (<see cref="MathTypesetter"/>); the renderers write it.
/// </summary>
internal sealed class MathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before paragraphs and Markdig's own parsers, as UseMathematics places its block parser.
        if (!pipeline.BlockParsers.Contains<MathBlockParser>())
            pipeline.BlockParsers.Insert(0, new MathBlockParser { DefaultClass = null! });
        if (!pipeline.InlineParsers.Contains<DollarMathParser>())
            pipeline.InlineParsers.Insert(0, new DollarMathParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<MathInlineRenderer>();
        // Before the code block renderer, which would otherwise take a MathBlock (a fenced code block) as code.
        if (!html.ObjectRenderers.Contains<MathBlockRenderer>()) html.ObjectRenderers.Insert(0, new MathBlockRenderer());
    }
}

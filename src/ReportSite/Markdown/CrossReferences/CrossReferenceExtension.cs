using Markdig;
using Markdig.Renderers;

namespace ReportSite.Markdown.CrossReferences;

/// <summary>
/// Cross-references to numbered tables, figures and boxes (<c>@tbl-x</c>, Quarto's syntax): parsed by
/// <see cref="CrossReferenceParser"/>, named and addressed by the Link stage (<c>Linking/CrossReferences</c>),
/// written by <see cref="CrossReferenceRenderer"/>. Empty links to a numbered element (<c>[](#table-1)</c>)
/// are ordinary links, which the Link stage names the same way.
/// </summary>
internal sealed class CrossReferenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.AddIfNotAlready<CrossReferenceParser>();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<CrossReferenceRenderer>();
    }
}

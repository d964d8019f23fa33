using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>Registers <see cref="SectionHeadingRenderer"/> in place of Markdig's heading renderer.</summary>
public sealed class SectionAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.Replace<HeadingRenderer>(new SectionHeadingRenderer());
    }
}

using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace ReportSite.Markdown.ScrollableTables;

/// <summary>Registers <see cref="ScrollableTableRenderer"/> in place of Markdig's table renderer (register after the pipe tables), and the renderer of tables written at parse time (<see cref="RenderedTable"/>).</summary>
internal sealed class ScrollableTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer());
            html.ObjectRenderers.AddIfNotAlready<RenderedTableRenderer>();
        }
    }
}

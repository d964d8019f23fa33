using Markdig;
using Markdig.Renderers;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>
/// Registers the renderers of resolved data blocks. Parsing needs nothing new: a <c>```datatable</c>
/// or <c>```chart</c> fence is an ordinary fenced code block until the data stage replaces it.
/// </summary>
public sealed class DataBlockExtension : IMarkdownExtension
{
    public const string TableInfo = "datatable";
    public const string ChartInfo = "chart";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<DataTableRenderer>();
        html.ObjectRenderers.AddIfNotAlready<ChartRenderer>();
    }
}

using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>
/// Numbers the data fences of each parsed page and registers the renderers of resolved data blocks.
/// A <c>```datatable</c> or <c>```chart</c> fence is an ordinary fenced code block, carrying its
/// <see cref="DataBlockId"/>, until the data stage replaces it.
/// </summary>
internal sealed class DataBlockExtension : IMarkdownExtension
{
    public const string TableInfo = "datatable";
    public const string ChartInfo = "chart";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Number;
        pipeline.DocumentProcessed += Number;
    }

    /// <summary>The number parsing gave a data fence; null for any other fence.</summary>
    public static DataBlockId? IdOf(FencedCodeBlock fence) => fence.GetData(typeof(DataBlockId)) as DataBlockId;

    private static void Number(MarkdownDocument document)
    {
        int tables = 0, charts = 0;
        foreach (var fence in document.Descendants<FencedCodeBlock>())
        {
            if (fence.Info == TableInfo) fence.SetData(typeof(DataBlockId), new DataBlockId(true, ++tables));
            else if (fence.Info == ChartInfo) fence.SetData(typeof(DataBlockId), new DataBlockId(false, ++charts));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<DataTableRenderer>();
        html.ObjectRenderers.AddIfNotAlready<ChartRenderer>();
    }
}

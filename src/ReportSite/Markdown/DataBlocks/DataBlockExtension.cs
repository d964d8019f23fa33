using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using ReportSite.Markdown.Numbering;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>
/// Numbers the data fences of each parsed page and registers the renderers of resolved data blocks.
/// A <c>```datatable</c> or <c>```chart</c> fence is an ordinary fenced code block, carrying its
/// <see cref="NumberedTarget"/>, until the data stage replaces it.
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
    public static NumberedTarget? IdOf(FencedCodeBlock fence) => NumberedTargets.Of(fence);

    private static void Number(MarkdownDocument document)
    {
        int tables = 0, charts = 0;
        foreach (var fence in document.Descendants<FencedCodeBlock>())
        {
            if (fence.Info == TableInfo) NumberedTargets.Set(fence, new NumberedTarget(NumberedKind.Table, ++tables, null, fence.Line, fence.Column));
            else if (fence.Info == ChartInfo) NumberedTargets.Set(fence, new NumberedTarget(NumberedKind.Figure, ++charts, null, fence.Line, fence.Column));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<DataTableRenderer>();
        html.ObjectRenderers.AddIfNotAlready<ChartRenderer>();
    }
}

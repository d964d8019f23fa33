using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using ReportSite.Markdown.Numbering;

namespace ReportSite.Markdown.DataBlocks;

/// <summary>
/// Registers the renderers of resolved data blocks. A <c>```datatable</c> or <c>```chart</c> fence is an
/// ordinary fenced code block, carrying the <see cref="NumberedTarget"/> the numbering pass gave it
/// (<see cref="NumberingExtension"/>), until the data stage replaces it.
/// </summary>
internal sealed class DataBlockExtension : IMarkdownExtension
{
    public const string TableInfo = "datatable";
    public const string ChartInfo = "chart";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <summary>The number parsing gave a data fence; null for any other fence.</summary>
    public static NumberedTarget? IdOf(FencedCodeBlock fence) => NumberedTargets.Of(fence);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<DataTableRenderer>();
        html.ObjectRenderers.AddIfNotAlready<ChartRenderer>();
    }
}

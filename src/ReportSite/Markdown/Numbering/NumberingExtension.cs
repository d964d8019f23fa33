using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportSite.Markdown.DataBlocks;

namespace ReportSite.Markdown.Numbering;

/// <summary>
/// Numbers a parsed page's tables, figures and boxes in one pass, in document order, as Markdig
/// finishes the page: <c>```datatable</c> fences are tables; <c>```chart</c> fences and image figures
/// (<see cref="ImageFigure"/>) are figures, counted together ("图1-1" a chart, "图1-2" an image);
/// <c>:::box</c> containers are boxes. Each gets its <see cref="NumberedTarget"/> on its block, so
/// links and cross-references can name it from Parse on; the chapter's number joins at the data stage.
/// </summary>
internal sealed class NumberingExtension : IMarkdownExtension
{
    /// <summary>The container kind of a box: <c>:::box Title {#box-x}</c>.</summary>
    public const string BoxInfo = "box";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Number;
        pipeline.DocumentProcessed += Number;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ImageFigureRenderer>())
            html.ObjectRenderers.Replace<ParagraphRenderer>(new ImageFigureRenderer());
    }

    /// <summary>Whether <paramref name="container"/> is a box (<c>:::box</c>, any case).</summary>
    public static bool IsBox(CustomContainer container) => string.Equals(container.Info, BoxInfo, StringComparison.OrdinalIgnoreCase);

    private static void Number(MarkdownDocument document)
    {
        int tables = 0, figures = 0, boxes = 0;
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case FencedCodeBlock { Info: DataBlockExtension.TableInfo } fence:
                    NumberedTargets.Set(fence, new NumberedTarget(NumberedKind.Table, ++tables, null, fence.Line, fence.Column));
                    break;
                case FencedCodeBlock { Info: DataBlockExtension.ChartInfo } fence:
                    NumberedTargets.Set(fence, new NumberedTarget(NumberedKind.Figure, ++figures, null, fence.Line, fence.Column));
                    break;
                case ParagraphBlock paragraph when ImageFigure.Find(paragraph) is { } figure:
                    figure.Set(paragraph);
                    NumberedTargets.Set(paragraph, new NumberedTarget(NumberedKind.Figure, ++figures, null, figure.Image.Line, figure.Image.Column));
                    break;
                case CustomContainer container when IsBox(container):
                    NumberedTargets.Set(container, new NumberedTarget(NumberedKind.Box, ++boxes, null, container.Line, container.Column));
                    break;
            }
        }
    }
}

using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportSite.Markdown;

/// <summary>Renders a linked Markdown AST to HTML with the pipeline's renderers (section headings, tables...).</summary>
public sealed class HtmlBodyRenderer(MarkdownPipeline pipeline)
{
    public string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}

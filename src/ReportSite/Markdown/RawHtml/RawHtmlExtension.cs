using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace ReportSite.Markdown.RawHtml;

/// <summary>Registers the raw HTML renderers (<see cref="RawHtmlBlockRenderer"/>, <see cref="RawHtmlInlineRenderer"/>) in place of Markdig's.</summary>
internal sealed class RawHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<HtmlBlockRenderer>(new RawHtmlBlockRenderer());
        html.ObjectRenderers.Replace<HtmlInlineRenderer>(new RawHtmlInlineRenderer());
    }
}

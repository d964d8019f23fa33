using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace ReportSite.Markdown.Footnotes;

/// <summary>
/// Writes Markdig's footnotes (<c>UseFootnotes</c>, registered before this) with the site's ids:
/// replaces its two footnote renderers by <see cref="FootnoteGroupRenderer"/> and <see cref="FootnoteLinkRenderer"/>.
/// </summary>
internal sealed class FootnoteIdsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new FootnoteGroupRenderer());
        html.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new FootnoteLinkRenderer());
    }
}

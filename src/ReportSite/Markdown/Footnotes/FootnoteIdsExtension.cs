using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace ReportSite.Markdown.Footnotes;

/// <summary>
/// Writes Markdig's footnotes (<c>UseFootnotes</c>, registered before this) with the site's ids:
/// replaces its two footnote renderers by <see cref="FootnoteGroupRenderer"/> and <see cref="FootnoteLinkRenderer"/>,
/// and its autolink renderer by <see cref="AutolinkRenderer"/>, which points <c>&lt;fn:1&gt;</c> at the site's ids
/// (as <see cref="Html5.LinkRenderer"/> does for links).
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
        html.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.AutolinkInlineRenderer>(new AutolinkRenderer());
    }
}

using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace ReportSite.Markdown.Html5;

/// <summary>
/// Markdig writes void elements XHTML-style (<c>&lt;hr /&gt;</c>); the theme writes HTML5. Its
/// renderers of breaks, images and task list boxes are replaced by ones that write HTML5, so every
/// page has one style. (Raw HTML is the author's; <see cref="RawHtml.RawHtmlWriter"/> aligns it.)
/// Register after the task lists.
/// </summary>
internal sealed class Html5Extension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<Markdig.Renderers.Html.ThematicBreakRenderer>(new ThematicBreakRenderer());
        html.ObjectRenderers.Replace<LineBreakInlineRenderer>(new LineBreakRenderer());
        html.ObjectRenderers.Replace<LinkInlineRenderer>(new LinkRenderer());
        html.ObjectRenderers.Replace<HtmlTaskListRenderer>(new TaskListRenderer());
    }
}

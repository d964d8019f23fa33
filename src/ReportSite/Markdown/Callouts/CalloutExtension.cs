using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// Callouts: GitHub's alerts (<c>&gt; [!NOTE]</c>) and <c>:::note Title</c> … <c>:::</c> containers
/// (Docusaurus, MkDocs, Quarto), rendered as labelled asides (<see cref="CalloutRenderer{TBlock}"/>).
/// Only Markdig's container block parser is used (<see cref="CalloutContainerParser"/>), not <c>UseCustomContainers</c>, whose <c>::text::</c>
/// inline would change text GitHub shows as written. The parser resolves kinds and labels
/// (<see cref="CalloutResolver"/>), as it knows the page's language.
/// </summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CalloutContainerParser>()) pipeline.BlockParsers.Insert(0, new CalloutContainerParser());
        if (!pipeline.InlineParsers.Contains<GitHubAlertParser>()) pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new GitHubAlertParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        // First: an alert is a quote, which the quote renderer would otherwise take.
        html.ObjectRenderers.Insert(0, new CalloutRenderer<AlertBlock>());
        html.ObjectRenderers.Insert(0, new CalloutRenderer<CustomContainer>());
    }
}

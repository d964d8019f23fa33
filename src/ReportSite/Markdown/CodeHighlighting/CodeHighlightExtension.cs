using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.CodeHighlighting;

/// <summary>
/// Highlights fenced code at build time (<c>```python</c>, <c>```yaml</c>…): tokens become spans
/// of the theme's <c>hl-*</c> classes, so pages need no script and no inline style (the CSP stays
/// strict). The pipeline's renderers share one <see cref="CodeHighlighter"/>, which loads the
/// grammars on first use.
/// </summary>
internal sealed class CodeHighlightExtension : IMarkdownExtension
{
    private readonly CodeHighlighter _highlighter = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(_highlighter));
    }
}

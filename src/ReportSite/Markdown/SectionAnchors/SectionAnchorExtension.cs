using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>
/// Numbers a page's sections as it is parsed and writes them with <see cref="SectionHeadingRenderer"/>.
/// As Markdig's auto-identifiers do, a heading's closing hooks the end of its document's inline
/// processing, where every heading has its text and its slug and the footnotes are gathered at the
/// end; there the title heading is found (<see cref="TitleHeading"/>) and the rest numbered
/// (<see cref="SectionAnchorAssigner"/>), and the result kept on the document (<see cref="SectionOutline"/>).
/// The page's own inputs come with the parse (<see cref="SectionPageInputs"/>); text parsed without
/// them is not a page, and its headings are left as Markdig writes them.
/// </summary>
internal sealed class SectionAnchorExtension : IMarkdownExtension
{
    private static readonly object Hooked = typeof(SectionAnchorExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // ATX headings (## …) close in their parser, setext headings (… / ---) in the paragraph parser.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is null) continue;
            parser.Closed -= HeadingClosed;
            parser.Closed += HeadingClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.Replace<HeadingRenderer>(new SectionHeadingRenderer());
    }

    private static void HeadingClosed(BlockProcessor processor, Block block)
    {
        var document = processor.Document;
        if (block is not HeadingBlock || document.GetData(Hooked) is not null) return;
        document.SetData(Hooked, true);
        // Hooked when inline processing begins, after every block parser's hooks (the footnotes'), so it runs after them.
        document.ProcessInlinesBegin += (_, _) => document.ProcessInlinesEnd += NumberSections;
    }

    private static void NumberSections(InlineProcessor processor, Inline? inline)
    {
        var document = processor.Document;
        document.RemoveData(Hooked);
        if (SectionPageInputs.From(processor.Context) is not { } page) return;
        var title = TitleHeading.In(document, page.FrontMatterTitle);
        new SectionOutline(title, SectionAnchorAssigner.Assign(document, title, page.FirstLine)).StoreOn(document);
    }
}

using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using ReportSite.Markdown.Callouts;
using ReportSite.Markdown.CodeHighlighting;
using ReportSite.Markdown.DataBlocks;
using ReportSite.Markdown.Footnotes;
using ReportSite.Markdown.Html5;
using ReportSite.Markdown.ScrollableTables;
using ReportSite.Markdown.SectionAnchors;
using ReportSite.Markdown.StrictAttributes;

namespace ReportSite.Markdown;

/// <summary>
/// The one Markdig pipeline every page is parsed and rendered with: CommonMark plus GFM tables
/// (by GitHub's rules), footnotes, autolinks, emphasis extras, attribute lists where they cannot be
/// text (<see cref="StrictAttributesExtension"/>), GitHub-style heading ids that keep Chinese characters
/// and fenced code highlighted at build time (<see cref="CodeHighlightExtension"/>).
/// Each of the project's extensions lives in its folder with its renderers and registers itself.
/// Markdig pipelines are immutable and thread-safe: build once, share.
/// </summary>
internal static class ReportMarkdownPipeline
{
    /// <summary>
    /// How deep blocks and inlines may nest (<see cref="MarkdownPipeline.MaximumNestingDepth"/>).
    /// Markdig refuses deeper input as it parses or renders it, and the stages after parsing walk the
    /// tree recursively, so pages are held to a depth no report needs.
    /// </summary>
    public const int MaxNesting = 100;

    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder { MaximumNestingDepth = MaxNesting }
            .UsePreciseSourceLocation()
            // GitHub's table rules: cells are split before inlines are read, and a table goes on until
            // a blank line or another block, so a plain line after it is a row, not the end of the table.
            .UsePipeTables(new PipeTableOptions { UseGfmRules = true })
            .UseFootnotes()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseTaskLists();
        builder.Extensions.AddIfNotAlready<Html5Extension>();
        builder.Extensions.AddIfNotAlready<FootnoteIdsExtension>();
        builder.Extensions.AddIfNotAlready<SectionAnchorExtension>();
        builder.Extensions.AddIfNotAlready<ScrollableTableExtension>();
        builder.Extensions.AddIfNotAlready<DataBlockExtension>();
        builder.Extensions.AddIfNotAlready<Numbering.NumberingExtension>();
        builder.Extensions.AddIfNotAlready<CalloutExtension>();
        builder.Extensions.AddIfNotAlready<CodeHighlightExtension>();
        builder.Extensions.AddIfNotAlready<Mathematics.MathExtension>();
        builder.Extensions.AddIfNotAlready<RawHtml.RawHtmlExtension>();
        // Attribute lists ({#id .class}) hook the block parsers registered before them, so they come last.
        builder.Extensions.AddIfNotAlready<StrictAttributesExtension>();
        return builder.Build();
    }
}

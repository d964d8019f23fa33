using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using ReportSite.Markdown.DataBlocks;
using ReportSite.Markdown.ScrollableTables;
using ReportSite.Markdown.SectionAnchors;
using ReportSite.Markdown.StrictAttributes;

namespace ReportSite.Markdown;

/// <summary>
/// The one Markdig pipeline every page is parsed and rendered with: CommonMark plus GFM tables
/// (by GitHub's rules), footnotes, autolinks, emphasis extras, attribute lists where they cannot be
/// text (<see cref="StrictAttributesExtension"/>) and GitHub-style heading ids that keep Chinese characters. Markdig pipelines are immutable and thread-safe: build once, share.
/// </summary>
public static class ReportMarkdownPipeline
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            // GitHub's table rules: cells are split before inlines are read, and a table goes on until
            // a blank line or another block, so a plain line after it is a row, not the end of the table.
            .UsePipeTables(new PipeTableOptions { UseGfmRules = true })
            .UseFootnotes()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseTaskLists();
        builder.Extensions.AddIfNotAlready<SectionAnchorExtension>();
        builder.Extensions.AddIfNotAlready<ScrollableTableExtension>();
        builder.Extensions.AddIfNotAlready<DataBlockExtension>();
        builder.Extensions.AddIfNotAlready<RawHtml.RawHtmlExtension>();
        // Attribute lists ({#id .class}) hook the block parsers registered before them, so they come last.
        builder.Extensions.AddIfNotAlready<StrictAttributesExtension>();
        return builder.Build();
    }
}

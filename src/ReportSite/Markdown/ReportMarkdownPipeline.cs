using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using ReportSite.Markdown.DataBlocks;
using ReportSite.Markdown.ScrollableTables;
using ReportSite.Markdown.SectionAnchors;

namespace ReportSite.Markdown;

/// <summary>
/// The one Markdig pipeline every page is parsed and rendered with: CommonMark plus GFM tables,
/// footnotes, autolinks, emphasis extras, heading attributes and GitHub-style heading ids that
/// keep Chinese characters. Markdig pipelines are immutable and thread-safe: build once, share.
/// </summary>
public static class ReportMarkdownPipeline
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseTaskLists();
        builder.Extensions.AddIfNotAlready<SectionAnchorExtension>();
        builder.Extensions.AddIfNotAlready<ScrollableTableExtension>();
        builder.Extensions.AddIfNotAlready<DataBlockExtension>();
        builder.Extensions.AddIfNotAlready<RawHtml.RawHtmlExtension>();
        // Generic attributes ({#id .class}) must be registered last (Markdig's documented rule).
        return builder.UseGenericAttributes().Build();
    }
}

using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// Markdig's <c>:::</c> container parser, except that a <c>:::</c> line does not interrupt a paragraph
/// or a table (the open leaf blocks a line can interrupt): GitHub shows such a line as part of them
/// (a <c>:::info</c> right under a table is its last row), so a callout starts after a blank line or another block.
/// </summary>
internal sealed class CalloutContainerParser : CustomContainerParser
{
    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is not LeafBlock && base.CanInterrupt(processor, block);
}

using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportSite.Markdown.Numbering;

/// <summary>
/// Where the numbers given at parse time are kept (on the numbered block itself), and the list of a
/// parsed page's numbered elements with the ids their authors gave them.
/// </summary>
internal static class NumberedTargets
{
    /// <summary>The number parsing gave a block; null for a block that is not numbered.</summary>
    public static NumberedTarget? Of(MarkdownObject block) => block.GetData(typeof(NumberedTarget)) as NumberedTarget;

    public static void Set(MarkdownObject block, NumberedTarget target) => block.SetData(typeof(NumberedTarget), target);

    /// <summary>
    /// The page's numbered elements in document order, each with the id its author gave it
    /// (<c>{#tbl-growth}</c>, after <see cref="PageIds.UniqueIds"/> kept ids unique) as its key.
    /// </summary>
    public static List<NumberedTarget> List(MarkdownDocument ast) =>
        ast.Descendants().Select(node => (Node: node, Target: Of(node))).Where(n => n.Target is not null)
            .Select(n => n.Target! with { Key = n.Node.TryGetAttributes()?.Id is { Length: > 0 } key ? key : null }).ToList();
}

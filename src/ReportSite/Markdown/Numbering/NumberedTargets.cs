using Markdig.Extensions.CustomContainers;
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

    /// <summary>The page's numbered blocks in document order, each with its number.</summary>
    public static List<(Block Node, NumberedTarget Target)> Nodes(MarkdownDocument ast) =>
        ast.Descendants<Block>().Select(node => (Node: node, Target: Of(node))).Where(n => n.Target is not null).Select(n => (n.Node, n.Target!)).ToList();

    /// <summary>
    /// The numbered elements of <paramref name="nodes"/> (<see cref="Nodes"/>) in document order, each with the id its author gave it
    /// (<c>{#tbl-growth}</c>, after <see cref="PageIds.UniqueIds"/> kept ids unique) as its key.
    /// </summary>
    public static List<NumberedTarget> WithKeys(IEnumerable<(Block Node, NumberedTarget Target)> nodes) =>
        nodes.Select(n => n.Target with { Key = KeyOf(n.Node) }).ToList();

    /// <summary>
    /// The id the author gave a numbered block: on a fence's info string, on a box's opening line,
    /// or right after an image figure's image (<c>![alt](x.svg){#fig-x}</c>).
    /// </summary>
    private static string? KeyOf(Block node)
    {
        var holder = ImageFigure.Of(node) is { } figure ? (Markdig.Syntax.Inlines.Inline)figure.Image : null;
        var attributes = holder is not null ? holder.TryGetAttributes() : node.TryGetAttributes();
        return attributes?.Id is { Length: > 0 } key ? key : null;
    }

    /// <summary>The caption of a numbered image figure or box (a box's title; empty for a box without one).</summary>
    public static string CaptionOf(Block node) => node switch
    {
        _ when ImageFigure.Of(node) is { } figure => figure.Caption,
        CustomContainer container => Callouts.Callout.Of(container)?.Title ?? "",
        _ => "",
    };
}

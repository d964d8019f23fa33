using Markdig.Syntax;

namespace ReportSite.Markdown.Numbering;

/// <summary>
/// The numbered name an image figure or a box shows in the page's language ("图1-2", "Box 3-1"):
/// given when the page is parsed, from its number on the page alone, and again at the data stage
/// with its chapter's number (<see cref="NumberedTarget.Number"/>). Data tables and charts carry
/// theirs in the blocks the data stage makes.
/// </summary>
/// <param name="Label">The name, e.g. "专栏3-1".</param>
internal sealed record NumberName(string Label)
{
    public static NumberName? Of(MarkdownObject block) => block.GetData(typeof(NumberName)) as NumberName;

    public void Set(MarkdownObject block) => block.SetData(typeof(NumberName), this);

    /// <summary>Names the image figures and boxes among <paramref name="numbered"/>; data fences are left to the data stage.</summary>
    /// <param name="numbered">The page's numbered blocks (<see cref="NumberedTargets.Nodes"/>).</param>
    /// <param name="chapter">The page's chapter number; 0 before the Link stage knows it, or on a page outside the chapters.</param>
    /// <param name="label">The name of a kind and number in the page's language (<see cref="Data.DataLabels.NumberLabel"/>).</param>
    public static void Give(IEnumerable<(Block Node, NumberedTarget Target)> numbered, int chapter, Func<NumberedKind, string, string> label)
    {
        foreach (var (node, target) in numbered)
            if (node is not FencedCodeBlock) new NumberName(label(target.Kind, target.Number(chapter))).Set(node);
    }
}

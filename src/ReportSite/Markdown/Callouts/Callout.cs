using Markdig.Syntax;

namespace ReportSite.Markdown.Callouts;

/// <summary>What parsing found a callout to be: its kind, its label in the page's language and the title the author gave.</summary>
internal sealed record Callout(CalloutKind Kind, string Label, string? Title)
{
    /// <summary>The callout parsing made of <paramref name="block"/>; null for any other block, or an unknown kind.</summary>
    public static Callout? Of(Block block) => block.GetData(typeof(Callout)) as Callout;

    /// <summary>Marks <paramref name="block"/> as this callout.</summary>
    public void Set(Block block) => block.SetData(typeof(Callout), this);
}

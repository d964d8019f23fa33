using Markdig.Syntax;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// A change the build makes to a raw HTML node's text — a resolved URL in place of the one the
/// author wrote, an id renamed where it clashes (<see cref="PageIds.UniqueIds"/>) — applied as the node is written. The node's own text stays as written, so
/// positions in it remain the Markdown's.
/// </summary>
/// <param name="Line">The line of the node (<see cref="RawHtmlLine.Of"/>).</param>
/// <param name="Start">Offset in that line of the text replaced.</param>
/// <param name="Length">Length of the text replaced.</param>
/// <param name="Text">The text written instead.</param>
internal sealed record RawHtmlEdit(int Line, int Start, int Length, string Text)
{
    private static readonly object Key = typeof(RawHtmlEdit);
    private static readonly object ParseKey = typeof(RawHtmlLine);

    /// <summary>The edits of <paramref name="node"/> (the Parse stage's and the Link stage's), by line and offset.</summary>
    public static IReadOnlyList<RawHtmlEdit> Of(MarkdownObject node)
    {
        var linked = node.GetData(Key) as IReadOnlyList<RawHtmlEdit> ?? [];
        if (node.GetData(ParseKey) is not IReadOnlyList<RawHtmlEdit> parsed) return linked;
        return linked.Count == 0 ? parsed : Sorted(parsed.Concat(linked));
    }

    /// <summary>Sets (replaces) the Link stage's edits of <paramref name="node"/>: linking a page again starts from the text as parsed.</summary>
    public static void Set(MarkdownObject node, IReadOnlyList<RawHtmlEdit> edits)
    {
        if (edits.Count == 0) node.RemoveData(Key);
        else node.SetData(Key, Sorted(edits));
    }

    /// <summary>Sets the Parse stage's edits of <paramref name="node"/> (a clashing id renamed), which linking keeps.</summary>
    public static void SetParsed(MarkdownObject node, IReadOnlyList<RawHtmlEdit> edits)
    {
        if (edits.Count == 0) node.RemoveData(ParseKey);
        else node.SetData(ParseKey, Sorted(edits));
    }

    private static List<RawHtmlEdit> Sorted(IEnumerable<RawHtmlEdit> edits) => edits.OrderBy(e => e.Line).ThenBy(e => e.Start).ToList();
}

using Markdig.Syntax;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// A change the Link stage makes to a raw HTML node's text — a resolved URL in place of the one the
/// author wrote — applied as the node is written. The node's own text stays as written, so
/// positions in it remain the Markdown's.
/// </summary>
/// <param name="Line">The line of the node (<see cref="RawHtmlLine.Of"/>).</param>
/// <param name="Start">Offset in that line of the text replaced.</param>
/// <param name="Length">Length of the text replaced.</param>
/// <param name="Text">The text written instead.</param>
public sealed record RawHtmlEdit(int Line, int Start, int Length, string Text)
{
    private static readonly object Key = typeof(RawHtmlEdit);

    /// <summary>The edits of <paramref name="node"/>, by line and offset.</summary>
    public static IReadOnlyList<RawHtmlEdit> Of(MarkdownObject node) => node.GetData(Key) as IReadOnlyList<RawHtmlEdit> ?? [];

    /// <summary>Sets (replaces) the edits of <paramref name="node"/>: linking a page again starts from the text as written.</summary>
    public static void Set(MarkdownObject node, IReadOnlyList<RawHtmlEdit> edits)
    {
        if (edits.Count == 0) node.RemoveData(Key);
        else node.SetData(Key, edits.OrderBy(e => e.Line).ThenBy(e => e.Start).ToList());
    }
}

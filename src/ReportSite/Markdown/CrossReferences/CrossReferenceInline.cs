using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.CrossReferences;

/// <summary>
/// A reference to a numbered table, figure or box by the id its author gave it: <c>@tbl-scores</c>.
/// Parsing finds it; the Link stage, which sees every page, gives it the numbered name in the page's
/// language ("表2-1", "Figure 2-1") and the address of the element; until then, or when it names
/// nothing (reported), it is written as the author wrote it.
/// </summary>
internal sealed class CrossReferenceInline : LeafInline
{
    /// <summary>The key as written after the <c>@</c>, prefix included: <c>tbl-scores</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The numbered name the Link stage gave it; null while unresolved.</summary>
    public string? Label { get; set; }

    /// <summary>The element's address (<c>#table-1</c>, <c>/zh/r/economy/#figure-2</c>); null while unresolved.</summary>
    public string? Href { get; set; }

    /// <summary>Its text as shown: the numbered name, or the reference as written.</summary>
    public string Text => Label ?? "@" + Key;
}

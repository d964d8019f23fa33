using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown;

/// <summary>
/// What one walk of a parsed page's tree found (<see cref="DocumentParser"/>): how deep it nests and
/// where, and the nodes later steps work on — raw HTML (sanitised, its URLs resolved), links (rewritten
/// by Link), callouts (their kinds checked and labelled), formulas (typeset), cross-references (resolved by Link).
/// Lists a page rarely has are null.
/// </summary>
internal sealed record TreeFindings(
    int Depth, int Line, List<MarkdownObject>? RawHtml, List<Inline> Links, List<ContainerBlock>? Callouts, List<MarkdownObject>? Formulas,
    List<CrossReferences.CrossReferenceInline>? References);

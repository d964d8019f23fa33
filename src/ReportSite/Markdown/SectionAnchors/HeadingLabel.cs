using System.Net;
using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSite.Markdown.CrossReferences;
using ReportSite.Markdown.Mathematics;

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>
/// A heading as a table of contents shows it, in HTML: its text, escaped, with each formula as its
/// MathML and each cross-reference as the numbered name the Link stage gave it ("图2-1"), never as the
/// TeX or the <c>@key</c> it was written as. Links in it give their text only: the entry is a link itself.
/// </summary>
internal static class HeadingLabel
{
    /// <summary>The label of each heading of the outline, by its section id, read after the Link stage.</summary>
    public static IReadOnlyDictionary<string, string> Of(MarkdownDocument ast)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var heading in ast.Descendants<HeadingBlock>())
            if (heading.GetData(typeof(SectionHeading)) is SectionHeading section && heading.Inline is { } inline)
                labels[section.Anchor.Id] = Html(inline);
        return labels;
    }

    /// <summary>The label of one heading's text.</summary>
    public static string Html(ContainerInline inline)
    {
        var html = new StringBuilder();
        Append(inline, html);
        return html.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder html)
    {
        switch (inline)
        {
            case MathInline math:
                html.Append(MathTypesetter.MathOf(math) ?? WebUtility.HtmlEncode(math.Content.ToString()));
                break;
            case CrossReferenceInline reference: html.Append(WebUtility.HtmlEncode(reference.Text)); break;
            case LiteralInline literal: html.Append(WebUtility.HtmlEncode(literal.Content.ToString())); break;
            case CodeInline code: html.Append(WebUtility.HtmlEncode(code.Content)); break;
            case HtmlEntityInline entity: html.Append(WebUtility.HtmlEncode(entity.Transcoded.ToString())); break;
            case LineBreakInline: html.Append(' '); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, html);
                break;
        }
    }
}

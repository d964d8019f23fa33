using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ReportSite.Markdown;

/// <summary>Renders a linked Markdown AST to HTML with the pipeline's renderers (section headings, tables...).</summary>
public sealed partial class HtmlBodyRenderer(MarkdownPipeline pipeline)
{
    public string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return AsHtml5(writer.ToString());
    }

    /// <summary>
    /// Markdig writes XHTML-style void elements (<c>&lt;hr /&gt;</c>), footnote ids with a colon
    /// (<c>fn:1</c>) and table alignment as inline styles; the theme writes HTML5 and its
    /// Content-Security-Policy allows no inline styles. Align them: one style on every page, plain
    /// ids (<c>fn-1</c>), alignment classes (<c>align-right</c>). Text never matches: Markdig escapes
    /// '&lt;' and quotes in text and code.
    /// </summary>
    public static string AsHtml5(string html)
    {
        html = SelfClosingVoid().Replace(html, "<$1$2>");
        html = AlignmentStyle().Replace(html, "class=\"align-$1\"");
        return FootnoteId().Replace(html, "$1=\"$2$3-$4\"");
    }

    /// <summary>The anchor of footnote <paramref name="order"/>, as <see cref="AsHtml5"/> writes it.</summary>
    public static string FootnoteAnchor(int order) => "fn-" + order.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<(img|hr|br|input|source|wbr)\b([^<>]*?)\s*/>")]
    private static partial Regex SelfClosingVoid();

    [GeneratedRegex(@"style=""text-align: (left|right|center);""")]
    private static partial Regex AlignmentStyle();

    [GeneratedRegex(@"\b(id|href)=""(#?)(fn|fnref):(\d+)""")]
    private static partial Regex FootnoteId();
}

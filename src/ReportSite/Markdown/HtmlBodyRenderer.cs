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
    /// Markdig writes XHTML-style void elements (<c>&lt;hr /&gt;</c>) and footnote ids with a colon
    /// (<c>fn:1</c>); the theme writes HTML5. Align them, so every page follows one style and its ids
    /// are plain (<c>fn-1</c>) — usable in CSS selectors and passing HTML linters. Text never matches:
    /// Markdig escapes '&lt;' in text and code.
    /// </summary>
    public static string AsHtml5(string html)
    {
        html = SelfClosingVoid().Replace(html, "<$1$2>");
        return FootnoteId().Replace(html, "$1=\"$2$3-$4\"");
    }

    /// <summary>The anchor of footnote <paramref name="order"/>, as <see cref="AsHtml5"/> writes it.</summary>
    public static string FootnoteAnchor(int order) => "fn-" + order.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<(img|hr|br|input|source|wbr)\b([^<>]*?)\s*/>")]
    private static partial Regex SelfClosingVoid();

    [GeneratedRegex(@"\b(id|href)=""(#?)(fn|fnref):(\d+)""")]
    private static partial Regex FootnoteId();
}

using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.DataBlocks;
using ReportSite.Markdown.RawHtml;

namespace ReportSite.Markdown;

/// <summary>
/// Renders a linked Markdown AST to HTML with the pipeline's renderers (section headings, tables...).
/// A page whose Markdown holds raw HTML is sanitised (<see cref="RawHtmlSanitizer"/>) unless the
/// site trusts raw HTML: the raw HTML is written with a <see cref="RawHtmlSourceMap"/>, so only what
/// the author wrote is checked, and reported where the Markdown wrote it. The data tables and charts
/// the build generates are set aside meanwhile (the sanitiser need not parse their SVG).
/// </summary>
public sealed partial class HtmlBodyRenderer(MarkdownPipeline pipeline, bool trustRawHtml = false, DiagnosticBag? diagnostics = null)
{
    public string Render(MarkdownDocument document) => AsHtml5(RenderWith(document, null));

    public string Render(PageBody document)
    {
        if (trustRawHtml || !document.HasRawHtml) return Render(document.Ast);
        var setAside = new List<string>();
        var marker = "rs-generated-" + Guid.NewGuid().ToString("N") + "-";
        var map = new RawHtmlSourceMap();
        var html = RenderWith(document.Ast, (renderer, output) =>
        {
            SetAside<DataTableRenderer, DataTableBlock>(renderer, setAside, marker);
            SetAside<ChartRenderer, ChartBlock>(renderer, setAside, marker);
            var recorder = new RawHtmlWriter(output, map);
            Replace<RawHtmlBlockRenderer>(renderer, new RawHtmlBlockRenderer(recorder));
            Replace<RawHtmlInlineRenderer>(renderer, new RawHtmlInlineRenderer(recorder));
        });
        var source = document.Source;
        var reported = new HashSet<(MarkdownPosition, string)>();
        var components = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        html = RawHtmlSanitizer.Clean(html, map,
            removed: (what, at) => { if (reported.Add((at, what))) ReportRemoved(source, what, at); },
            unwrapped: (name, at, isHtml) => { if (components.Add(name)) ReportUnwrapped(source, name, at, isHtml); });
        html = AsHtml5(html);
        for (var i = 0; i < setAside.Count; i++) html = html.Replace(marker + i.ToString(System.Globalization.CultureInfo.InvariantCulture), setAside[i]);
        return html;
    }

    /// <summary>
    /// Appends the page's body to <paramref name="output"/> (the page being written), as
    /// <see cref="Render(PageBody)"/> returns it. Pages without raw HTML to clean (nearly all)
    /// are rendered straight into the page: no string of the body is made unless it needs
    /// <see cref="AsHtml5"/>'s rewriting.
    /// </summary>
    public void RenderInto(PageBody document, StringBuilder output)
    {
        if (!trustRawHtml && document.HasRawHtml)
        {
            output.Append(Render(document));
            return;
        }
        var start = output.Length;
        document.Ast.ToHtml(new StringWriter(output, System.Globalization.CultureInfo.InvariantCulture), pipeline);
        var length = output.Length - start;
        var written = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            output.CopyTo(start, written, length);
            if (!NeedsHtml5(written.AsSpan(0, length))) return;
            var html = AsHtml5(new string(written, 0, length));
            output.Length = start;
            output.Append(html);
        }
        finally { ArrayPool<char>.Shared.Return(written); }
    }

    private string RenderWith(MarkdownDocument document, Action<HtmlRenderer, StringBuilder>? adjust)
    {
        // Markdig keeps set-up renderers and their buffers for reuse: one string per page.
        if (adjust is null) return document.ToHtml(pipeline);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        adjust(renderer, writer.GetStringBuilder());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void Replace<TRenderer>(HtmlRenderer renderer, IMarkdownObjectRenderer replacement) where TRenderer : IMarkdownObjectRenderer
    {
        var index = renderer.ObjectRenderers.FindIndex(r => r is TRenderer);
        if (index >= 0) renderer.ObjectRenderers[index] = replacement;
    }

    /// <summary>Replaces a generated block's renderer by one that writes a marker and keeps the block's HTML in <paramref name="setAside"/>.</summary>
    private static void SetAside<TRenderer, TBlock>(HtmlRenderer renderer, List<string> setAside, string marker)
        where TRenderer : IMarkdownObjectRenderer where TBlock : MarkdownObject
    {
        var index = renderer.ObjectRenderers.FindIndex(r => r is TRenderer);
        if (index < 0) return;
        var inner = renderer.ObjectRenderers[index];
        renderer.ObjectRenderers[index] = new SetAsideRenderer<TBlock>((writer, block) =>
        {
            using var html = new StringWriter();
            inner.Write(new HtmlRenderer(html), block);
            writer.EnsureLine();
            writer.WriteLine(marker + setAside.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            setAside.Add(AsHtml5(html.ToString()));
        });
    }

    private sealed class SetAsideRenderer<TBlock>(Action<HtmlRenderer, TBlock> write) : Markdig.Renderers.Html.HtmlObjectRenderer<TBlock>
        where TBlock : MarkdownObject
    {
        protected override void Write(HtmlRenderer renderer, TBlock block) => write(renderer, block);
    }

    /// <summary>Warns about removed raw HTML at the place the page's Markdown writes it.</summary>
    private void ReportRemoved(SourceDocument source, string removed, MarkdownPosition at) =>
        diagnostics?.Warning(DiagnosticCodes.UnsafeHtml, at.In(source),
            $"Raw HTML {removed} is not allowed on the site (it could run script or change the page around it); it was removed{(removed.StartsWith('<') ? " with everything inside it" : "")}.",
            "Use Markdown, or the HTML elements reports need (tables, sup/sub, abbr, figure, details/summary). A site that trusts every author can set trust_raw_html: true in site.yaml.");

    /// <summary>Warns, once per element name and page, that an element lost its tags (a docs component's tabs become plain sections).</summary>
    private void ReportUnwrapped(SourceDocument source, string name, MarkdownPosition at, bool isHtml) =>
        diagnostics?.Warning(DiagnosticCodes.UnwrappedHtml, at.In(source),
            isHtml
                ? $"Raw HTML element <{name}> is not one the site publishes; its tags were dropped and its content kept."
                : $"Raw HTML element <{name}> is not an HTML element (a docs component?); its tags were dropped and its content kept.",
            name.Equals("video", StringComparison.OrdinalIgnoreCase) || name.Equals("audio", StringComparison.OrdinalIgnoreCase)
                ? $"Its sources and tracks were dropped with its tags. Link to the {name.ToLowerInvariant()} instead, e.g. [Watch the recording](https://example.org/clip.mp4)."
            : isHtml
                ? "Use Markdown, or the HTML elements reports need (tables, sup/sub, abbr, figure, details/summary, picture)."
                : "Its content is published as plain text and sections, one after the other (tabs are no longer tabs). Use Markdown headings, or <details> for content readers may open.");

    /// <summary>
    /// Markdig writes XHTML-style void elements (<c>&lt;hr /&gt;</c>) and footnote ids with a colon
    /// (<c>fn:1</c>); the theme writes HTML5. Align them: one style on every page, plain ids
    /// (<c>fn-1</c>). (Table alignment is written as classes by
    /// <see cref="ScrollableTables.ScrollableTableRenderer"/>.) Text never matches: Markdig escapes
    /// '&lt;' and quotes in text and code.
    /// </summary>
    public static string AsHtml5(string html)
    {
        // Most pages need none of these: a vectorised search first spares them the regex scans.
        if (html.Contains("/>", StringComparison.Ordinal)) html = SelfClosingVoid().Replace(html, "<$1$2>");
        return HasFootnoteIds(html) ? FootnoteId().Replace(html, "$1=\"$2$3-$4\"") : html;
    }

    private static bool NeedsHtml5(ReadOnlySpan<char> html) => html.Contains("/>", StringComparison.Ordinal) || HasFootnoteIds(html);

    private static bool HasFootnoteIds(ReadOnlySpan<char> html) =>
        html.Contains("=\"fn", StringComparison.Ordinal) || html.Contains("=\"#fn", StringComparison.Ordinal);

    /// <summary>The anchor of footnote <paramref name="order"/>, as <see cref="AsHtml5"/> writes it.</summary>
    public static string FootnoteAnchor(int order) => "fn-" + order.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<(img|hr|br|input|source|wbr)\b([^<>]*?)\s*/>")]
    private static partial Regex SelfClosingVoid();

    [GeneratedRegex(@"\b(id|href)=""(#?)(fn|fnref):(\d+)""")]
    private static partial Regex FootnoteId();
}

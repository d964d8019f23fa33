using System.Text;
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
/// the author wrote is checked, and reported where the Markdown wrote it. The data tables, charts and
/// formulas the build generates are set aside meanwhile (the sanitiser need not parse their SVG or MathML).
/// </summary>
internal sealed partial class HtmlBodyRenderer(MarkdownPipeline pipeline, bool trustRawHtml = false, DiagnosticBag? diagnostics = null)
{
    public string Render(MarkdownDocument document) => document.ToHtml(pipeline);

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
            SetAside<Mathematics.MathBlockRenderer, Markdig.Extensions.Mathematics.MathBlock>(renderer, setAside, marker);
            SetAside<Mathematics.MathInlineRenderer, Markdig.Extensions.Mathematics.MathInline>(renderer, setAside, marker, inline: true);
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
        // Last first, so marker 1 is not found inside marker 10.
        for (var i = setAside.Count - 1; i >= 0; i--) html = html.Replace(marker + i.ToString(System.Globalization.CultureInfo.InvariantCulture), setAside[i]);
        return html;
    }

    /// <summary>
    /// Appends the page's body to <paramref name="output"/> (the page being written), as
    /// <see cref="Render(PageBody)"/> returns it. Pages without raw HTML to clean (nearly all)
    /// are rendered straight into the page: no string of the body is made.
    /// </summary>
    public void RenderInto(PageBody document, StringBuilder output)
    {
        if (!trustRawHtml && document.HasRawHtml) output.Append(Render(document));
        else document.Ast.ToHtml(new StringWriter(output, System.Globalization.CultureInfo.InvariantCulture), pipeline);
    }

    private string RenderWith(MarkdownDocument document, Action<HtmlRenderer, StringBuilder> adjust)
    {
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
    private static void SetAside<TRenderer, TBlock>(HtmlRenderer renderer, List<string> setAside, string marker, bool inline = false)
        where TRenderer : IMarkdownObjectRenderer where TBlock : MarkdownObject
    {
        var index = renderer.ObjectRenderers.FindIndex(r => r is TRenderer);
        if (index < 0) return;
        var inner = renderer.ObjectRenderers[index];
        renderer.ObjectRenderers[index] = new SetAsideRenderer<TBlock>((writer, block) =>
        {
            using var html = new StringWriter();
            inner.Write(new HtmlRenderer(html), block);
            var placeholder = marker + setAside.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (inline) writer.Write(placeholder);
            else writer.EnsureLine().WriteLine(placeholder);
            setAside.Add(html.ToString());
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
}

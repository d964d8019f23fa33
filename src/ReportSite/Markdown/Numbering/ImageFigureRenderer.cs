using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportSite.Markdown.Numbering;

/// <summary>
/// Writes paragraphs as Markdig does, and an image figure (<see cref="ImageFigure"/>) as
/// <c>&lt;figure class="image-figure" id="figure-2"&gt;</c>, its numbered caption first (where charts
/// have theirs: image figures and charts are numbered together and read alike), then the image with
/// its attributes, loading hints and rewritten URL. The figure carries the numbered id; the author's
/// <c>{#fig-x}</c> is not written twice, links to it go to the figure. When the caption is the alt
/// text, the caption's copy of those words is hidden from screen readers (as Pandoc does): they hear
/// the image's alt text once, and the number from the caption.
/// </summary>
internal sealed class ImageFigureRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        // An image the Link stage took out as unsafe leaves its alt text, a plain paragraph.
        if (ImageFigure.Of(paragraph) is not { } figure || figure.Image.Parent is null || NumberedTargets.Of(paragraph) is not { } target
            || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, paragraph);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<figure class=\"image-figure\" id=\"").Write(target.Id).WriteLine("\">");
        renderer.Write("<figcaption><span class=\"figure-number\">").WriteEscape(NumberName.Of(paragraph)?.Label ?? target.Id).Write("</span> ");
        if (figure.CaptionIsAlt) renderer.Write("<span aria-hidden=\"true\">").WriteEscape(figure.Caption).Write("</span>");
        else renderer.WriteEscape(figure.Caption);
        renderer.WriteLine("</figcaption>");
        if (figure.Link is { } link)
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"').WriteAttributes(link);
            if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
            renderer.Write('>');
            WriteImage(renderer, figure);
            renderer.Write("</a>");
        }
        else WriteImage(renderer, figure);
        renderer.WriteLine();
        renderer.WriteLine("</figure>");
    }

    /// <summary>The image as <see cref="Html5.LinkRenderer"/> writes it, without the id the figure took and the title the caption shows.</summary>
    private static void WriteImage(HtmlRenderer renderer, ImageFigure figure)
    {
        var image = figure.Image;
        var url = image.GetDynamicUrl?.Invoke() ?? image.Url;
        renderer.Write("<img src=\"").WriteEscapeUrl(url).Write('"');
        if (image.TryGetAttributes() is { } attributes)
        {
            var written = new HtmlAttributes();
            attributes.CopyTo(written);
            written.Id = null;
            renderer.WriteAttributes(written);
        }
        renderer.Write(" alt=\"");
        var html = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(image);
        renderer.EnableHtmlForInline = html;
        renderer.Write("\">");
    }
}

using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// Writes a callout as <c>&lt;aside class="callout callout--note" role="note"&gt;</c> with a visible
/// label line (decorative icon, label, the author's title) before its content: the kind is said in words,
/// not by colour alone, on screen, to screen readers and in print. role="note" rather than the
/// aside's own landmark role: callouts sit inside the main text, where a complementary landmark does
/// not belong. The label is a paragraph, not a heading, so it neither enters the page's outline nor
/// starts a search section. A box is numbered and named by its title (<see cref="BoxWriter"/>). A container of unknown kind (already reported) is a plain <c>&lt;div&gt;</c>.
/// </summary>
internal sealed class CalloutRenderer<TBlock> : HtmlObjectRenderer<TBlock> where TBlock : ContainerBlock
{
    protected override void Write(HtmlRenderer renderer, TBlock block)
    {
        var callout = Callout.Of(block);
        renderer.EnsureLine();
        if (callout is null)
        {
            renderer.Write("<div").WriteAttributes(block).WriteLine('>');
            renderer.WriteChildren(block);
            renderer.EnsureLine().WriteLine("</div>");
            return;
        }
        if (block is CustomContainer box && Numbering.NumberedTargets.Of(box) is { Kind: Numbering.NumberedKind.Box } target)
        {
            BoxWriter.Write(renderer, box, callout, target);
            return;
        }
        var kind = callout.Kind;
        renderer.Write("<aside class=\"callout callout--").Write(kind.Name);
        if (block.TryGetAttributes() is { } attributes)
        {
            // Markdig's own classes (the container's kind, GitHub's markdown-alert-note) are left out: callout--note says it.
            if (block is CustomContainer container && attributes.Classes is { } classes)
                foreach (var name in classes)
                    if (!string.Equals(name, container.Info, StringComparison.Ordinal)) renderer.Write(' ').WriteEscape(name);
            renderer.Write('"');
            if (attributes.Id is { Length: > 0 } id) renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }
        else renderer.Write('"');
        renderer.Write(" role=\"note\">\n<p class=\"callout__title\">");
        // The icon is the theme's (a CSS mask per kind): decoration, hidden from screen readers, and no
        // SVG in the body for the raw HTML sanitiser to take for the author's.
        renderer.Write("<span class=\"callout__icon\" aria-hidden=\"true\"></span>");
        renderer.Write("<span class=\"callout__label\">").WriteEscape(callout.Label).Write("</span>");
        if (callout.Title is { Length: > 0 } title) renderer.Write(" <span class=\"callout__name\">").WriteEscape(title).Write("</span>");
        renderer.WriteLine("</p>");
        AsideContent.WriteAndClose(renderer, block);
    }
}

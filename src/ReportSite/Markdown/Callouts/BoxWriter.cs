using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using ReportSite.Markdown.Numbering;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// Writes a box (<c>:::box Title {#box-x}</c>) as <c>&lt;aside class="box" id="box-1" role="note"&gt;</c>
/// named by its visible title line, "专栏3-1 数字乡村案例": a case set off from the text, in words as
/// well as by its frame. role="note", as callouts have it: a box sits inside the main text, where a
/// complementary landmark does not belong. The title is a paragraph, not a heading, so it neither
/// enters the outline nor renumbers the sections after it (its words are searched with its section).
/// </summary>
internal static class BoxWriter
{
    public static void Write(HtmlRenderer renderer, CustomContainer box, Callout callout, NumberedTarget target)
    {
        var titleId = target.Id + "-title";
        renderer.Write("<aside class=\"box");
        if (box.TryGetAttributes()?.Classes is { } classes)
            foreach (var name in classes)
                if (!string.Equals(name, box.Info, StringComparison.Ordinal)) renderer.Write(' ').WriteEscape(name);
        renderer.Write("\" id=\"").Write(target.Id).Write("\" role=\"note\" aria-labelledby=\"").Write(titleId).WriteLine("\">");
        renderer.Write("<p class=\"box__title\" id=\"").Write(titleId).Write("\"><span class=\"box__number\">")
            .WriteEscape(NumberName.Of(box)?.Label ?? callout.Label).Write("</span>");
        if (callout.Title is { Length: > 0 } title) renderer.Write(" <span class=\"box__name\">").WriteEscape(title).Write("</span>");
        renderer.WriteLine("</p>");
        AsideContent.WriteAndClose(renderer, box);
    }
}

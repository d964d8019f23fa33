using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown.Numbering;

/// <summary>
/// An image alone in its paragraph, which becomes a numbered figure (Pandoc's implicit figures):
/// its alt text is not empty, and nothing but the image (or one link holding only the image) is in
/// the paragraph. Its caption is the image's title, else its alt text. An image in a list item or a
/// footnote stays inline, as in running text.
/// </summary>
/// <param name="Image">The image.</param>
/// <param name="Link">The link around it, when the image is linked.</param>
internal sealed record ImageFigure(LinkInline Image, LinkInline? Link)
{
    /// <summary>The caption's words: the title, else the alt text.</summary>
    public string Caption => Image.Title is { Length: > 0 } title ? title.Trim() : InlineText.Of(Image);

    /// <summary>Whether the caption is the alt text (so the two need not both be read out).</summary>
    public bool CaptionIsAlt => Image.Title is not { Length: > 0 };

    /// <summary>The figure <paramref name="paragraph"/> is, when it is one.</summary>
    public static ImageFigure? Find(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not { } only || only.NextSibling is not null || InListOrFootnote(paragraph)) return null;
        return only switch
        {
            LinkInline { IsImage: true } image when HasAlt(image) => new ImageFigure(image, null),
            LinkInline { IsImage: false, FirstChild: LinkInline { IsImage: true, NextSibling: null } image } link when HasAlt(image) => new ImageFigure(image, link),
            _ => null,
        };
    }

    /// <summary>The figure numbering made of <paramref name="paragraph"/>; null for any other paragraph.</summary>
    public static ImageFigure? Of(Block paragraph) => paragraph.GetData(typeof(ImageFigure)) as ImageFigure;

    public void Set(Block paragraph) => paragraph.SetData(typeof(ImageFigure), this);

    private static bool InListOrFootnote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is ListItemBlock or Markdig.Extensions.Footnotes.Footnote) return true;
        return false;
    }

    private static bool HasAlt(LinkInline image) => !string.IsNullOrWhiteSpace(InlineText.Of(image));
}

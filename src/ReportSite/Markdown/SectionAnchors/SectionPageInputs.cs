using Markdig;

namespace ReportSite.Markdown.SectionAnchors;

/// <summary>
/// What <see cref="SectionAnchorExtension"/> needs to know of the page it parses, handed to Markdig
/// with the text as a <see cref="MarkdownParserContext"/> (Markdig's way of giving one parse its own inputs).
/// </summary>
/// <param name="FrontMatterTitle">The front matter's title, if any: a leading H1 repeating it is the title, not a section.</param>
/// <param name="FirstLine">The file line the body starts on, so headings report file lines.</param>
internal sealed record SectionPageInputs(string? FrontMatterTitle, int FirstLine)
{
    private static readonly object Key = typeof(SectionPageInputs);

    /// <summary>A parser context that carries these inputs.</summary>
    public MarkdownParserContext ToContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[Key] = this;
        return context;
    }

    /// <summary>The inputs a parse was given; null when the text is not parsed as a page (no sections are numbered then).</summary>
    public static SectionPageInputs? From(MarkdownParserContext? context) =>
        context is not null && context.Properties.TryGetValue(Key, out var inputs) ? inputs as SectionPageInputs : null;
}

namespace ReportSite.Markdown.RawHtml;

/// <summary>A place in a page's Markdown text, as Markdig counts it: 0-based line of the body and 0-based column.</summary>
internal readonly record struct MarkdownPosition(int Line, int Column)
{
    /// <summary>The position <paramref name="characters"/> further along the same line.</summary>
    public MarkdownPosition Plus(int characters) => this with { Column = Column + characters };

    /// <summary>The place in the file of the page <paramref name="source"/>.</summary>
    public Diagnostics.SourceLocation In(Content.SourceDocument source) => new(source.Path, source.BodyFirstLine + Line, Column + 1);
}

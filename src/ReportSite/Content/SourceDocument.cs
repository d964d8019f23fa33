namespace ReportSite.Content;

/// <summary>
/// A Markdown chapter or page as read from disk: where it is, its front matter and its content hash.
/// Its text is not here: it goes to Parse once, inside a <see cref="MarkdownText"/>.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Path relative to the input folder, e.g. <c>reports/wid-2024/zh/02-economy.md</c>.</summary>
    public required string Path { get; init; }
    public required ContentKind Kind { get; init; }
    public required string Language { get; init; }

    /// <summary>The report folder name, for chapters; null for pages.</summary>
    public string? ReportId { get; init; }

    /// <summary>The file name without <c>.md</c>, e.g. <c>02-economy</c>.</summary>
    public required string FileStem { get; init; }
    public required FrontMatter FrontMatter { get; init; }
    /// <summary>The file line on which the text starts (after the front matter).</summary>
    public required int BodyFirstLine { get; init; }

    /// <summary>The fingerprint of the title and text (<see cref="Content.ContentHash"/>), taken when the file was read.</summary>
    public required string ContentHash { get; init; }
}

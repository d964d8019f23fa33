namespace ReportSite.Content;

/// <summary>A Markdown chapter or page as read from disk, front matter parsed, body not yet.</summary>
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
    public required string Body { get => _body; init => _body = value; }

    private string _body = "";

    /// <summary>Lets go of the text once nothing reads it again (see <see cref="Markdown.ParsedDocument.Release"/>).</summary>
    internal void ReleaseBody() => _body = "";

    /// <summary>The file line on which <see cref="Body"/> starts (after the front matter).</summary>
    public required int BodyFirstLine { get; init; }
}

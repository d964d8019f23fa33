namespace ReportSite.Content;

/// <summary>The YAML front matter of a chapter or page.</summary>
public sealed record FrontMatter
{
    public static readonly FrontMatter None = new();

    /// <summary>Known keys, for unknown-key warnings and their "did you mean" hints.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["title", "summary", "order", "authors", "keywords", "date", "draft", "translation_key", "translated_from"];

    public string? Title { get; init; }
    public string? Summary { get; init; }
    public int? Order { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public DateOnly? Date { get; init; }
    public bool Draft { get; init; }

    /// <summary>Pairs translations whose file names differ; by default the file name pairs them.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>Which version this translation was made from, to tell when that original has changed since.</summary>
    public TranslationStamp? TranslatedFrom { get; init; }
}

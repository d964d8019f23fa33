using ReportSite.Translations;

namespace ReportSite.Content;

/// <summary>The YAML front matter of a chapter or page.</summary>
public sealed record FrontMatter
{
    public static readonly FrontMatter None = new();

    /// <summary>Front matter that could not be read at all (the reason was reported where it failed).</summary>
    public static readonly FrontMatter Unreadable = new() { Broken = true };

    /// <summary>
    /// The known keys, the one list the YAML reader (unknown-key warnings and their "did you mean"
    /// hints) and <see cref="SimpleFrontMatter"/> take them from.
    /// </summary>
    public static readonly IReadOnlyList<string> Keys =
        [TitleKey, SummaryKey, OrderKey, AuthorsKey, KeywordsKey, DateKey, DraftKey, TranslationKeyKey, TranslationStamp.Key, OnlyInKey];

    public const string TitleKey = "title", SummaryKey = "summary", OrderKey = "order", AuthorsKey = "authors", KeywordsKey = "keywords",
        DateKey = "date", DraftKey = "draft", TranslationKeyKey = "translation_key", OnlyInKey = "only_in";

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

    /// <summary>
    /// The one language this chapter or page is written in on purpose (<c>only_in: zh</c>): its missing
    /// translations are not reported, and the report index still shows which languages have it.
    /// </summary>
    public string? OnlyIn { get; init; }

    /// <summary>
    /// The front matter could not be read as written (YAML error, no closing <c>---</c>, a title that is not
    /// text), which was reported where it failed; what follows from it (no title, no text) is not reported again.
    /// </summary>
    public bool Broken { get; init; }
}

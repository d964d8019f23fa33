using ReportSite.Content;
namespace ReportSite.Translations;

/// <summary>
/// Front matter <c>translated_from: {lang: zh, hash: 1a2b3c4d}</c>: the language of the original a
/// translation was made from, and that original's <see cref="ContentHash"/> at the time.
/// </summary>
public sealed record TranslationStamp(string Language, string Hash)
{
    public const string Key = "translated_from";
}

using ReportSite.Configuration;

namespace ReportSite.Linking;

/// <summary>A report with its chapters per language, in reading order.</summary>
public sealed record Report
{
    public required ReportConfig Config { get; init; }
    public string Id => Config.Id;
    public required IReadOnlyDictionary<string, IReadOnlyList<ContentPage>> ChaptersByLanguage { get; init; }

    public IReadOnlyList<ContentPage> Chapters(string language) =>
        ChaptersByLanguage.TryGetValue(language, out var chapters) ? chapters : [];
}

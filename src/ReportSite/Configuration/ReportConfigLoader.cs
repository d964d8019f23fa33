using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Configuration;

/// <summary>Reads and validates one <c>report.yaml</c>.</summary>
internal static class ReportConfigLoader
{
    public const string FileName = "report.yaml";

    private static readonly string[] KnownKeys = ["title", "summary", "publisher", "year", "released", "order", "cover"];

    /// <summary>Parses report.yaml text; <c>id</c> is the report folder name, <c>file</c> the path relative to the input folder.</summary>
    public static ReportConfig? Parse(string text, string id, string file, IReadOnlyList<string> languages, Func<string, bool> fileExists, DiagnosticBag diagnostics)
    {
        var map = YamlText.ParseMapping(text, file, 1, diagnostics);
        if (map is null) return null;
        map.ReportUnknownKeys(KnownKeys);

        var title = map.Localized("title", languages);
        if (title is null) map.ReportMissing("title", "Add for example: title: {zh: 世界互联网发展报告2024, en: World Internet Development Report 2024}");

        // A cover is copied with the site, so an address (https://…) is never looked up as a file.
        var coverRef = map.String("cover");
        var isAddress = coverRef is not null && Linking.UrlReference.HasScheme(coverRef);
        var cover = coverRef is not null && !isAddress ? InputPath.Combine(InputPath.Directory(file), coverRef) : null;
        // A cover that is not text was reported as such; one that names no file is reported here.
        if (isAddress)
            diagnostics.Error(DiagnosticCodes.MissingImage, map.LocationOf("cover"),
                $"Cover image '{coverRef}' is an address, not a file; the cover is published with the site.",
                "Save the image in the report folder and give its path, e.g. images/cover.svg.");
        else if (coverRef is not null && (cover is null || !fileExists(cover)))
            diagnostics.Error(DiagnosticCodes.MissingImage, map.LocationOf("cover"),
                $"Cover image '{coverRef}' does not exist.", "The path is relative to the report folder, e.g. images/cover.svg.");
        var year = map.Int("year");
        if (year is < 1 or > 9999)
        {
            // A year is shown and dated (the Atom feed's entry date): it must be one a calendar has.
            diagnostics.Error(DiagnosticCodes.WrongType, map.ValueLocationOf("year"), $"'year' {year} is not a calendar year.", "Write the edition year with four digits, e.g. year: 2024.");
            year = null;
        }
        return new ReportConfig
        {
            Id = id,
            Title = title ?? LocalizedText.Same(id),
            Summary = map.Localized("summary", languages) ?? LocalizedText.Empty,
            Publisher = map.Localized("publisher", languages) ?? LocalizedText.Empty,
            Year = year,
            Released = map.Date("released"),
            Order = map.Int("order") ?? 0,
            Cover = cover is not null && fileExists(cover) ? cover : null,
            SourceFile = file,
        };
    }
}

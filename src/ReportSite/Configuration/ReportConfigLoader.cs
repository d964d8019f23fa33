using ReportSite.Content;
using ReportSite.Diagnostics;

namespace ReportSite.Configuration;

/// <summary>Reads and validates one <c>report.yaml</c>.</summary>
internal static class ReportConfigLoader
{
    public const string FileName = "report.yaml";

    private static readonly string[] KnownKeys = ["title", "summary", "publisher", "year", "released", "order", "cover", "series"];

    /// <summary>Parses report.yaml text; <c>id</c> is the report folder name, <c>file</c> the path relative to the input folder.</summary>
    public static ReportConfig? Parse(string text, string id, string file, SiteConfig site, Func<string, bool> fileExists, DiagnosticBag diagnostics)
    {
        var languages = site.Languages;
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
        var series = Series(map, site, diagnostics);
        if (series is not null && year is null && !map.Contains("year"))
            diagnostics.Error(DiagnosticCodes.DuplicateEditionYear, map.LocationOf("series"),
                $"This report is an edition of series '{series}' but has no year: editions are told apart and ordered by year.",
                "Add the edition year, e.g. year: 2024.");
        return new ReportConfig
        {
            Id = id,
            Title = title ?? LocalizedText.Same(id),
            Summary = map.Localized("summary", languages) ?? LocalizedText.Empty,
            Publisher = map.Localized("publisher", languages) ?? LocalizedText.Empty,
            Year = year,
            Released = map.Date("released"),
            Series = series,
            YearLocation = map.ValueLocationOf("year"),
            Order = map.Int("order") ?? 0,
            Cover = cover is not null && fileExists(cover) ? cover : null,
            SourceFile = file,
        };
    }

    /// <summary><c>series: world-internet</c>: the id of a series site.yaml defines, else reported and read as none.</summary>
    private static string? Series(YamlMap map, SiteConfig site, DiagnosticBag diagnostics)
    {
        if (map.String("series") is not { } series) return null;
        var at = map.ValueLocationOf("series");
        if (!SeriesId.IsValid(series))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSeriesId, at, $"Series '{series}' is not an id.", SeriesId.Rule);
            return null;
        }
        if (site.Series.ContainsKey(series)) return series;
        var closest = Spelling.Closest(series, site.Series.Keys);
        diagnostics.Error(DiagnosticCodes.UnknownSeries, at, $"Series '{series}' is not defined in site.yaml.",
            closest is not null
                ? $"Did you mean '{closest}'?"
                : $"Define it with its name per language in site.yaml: series: {{{series}: {{zh: ..., en: ...}}}}");
        return null;
    }
}

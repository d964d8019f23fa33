namespace ReportSite.Configuration;

/// <summary>The site as configured in <c>input/site.yaml</c>.</summary>
public sealed record SiteConfig
{
    public required LocalizedText Title { get; init; }
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>A short note shown in every page's footer (e.g. a copyright or a disclaimer).</summary>
    public LocalizedText Footer { get; init; } = LocalizedText.Empty;

    /// <summary>Language codes in display order, e.g. <c>[zh, en]</c>.</summary>
    public required IReadOnlyList<string> Languages { get; init; }
    public required string DefaultLanguage { get; init; }

    /// <summary>Where <c>languages</c> is written in site.yaml (the start of the file when it is left out), for problems with a language.</summary>
    public Diagnostics.SourceLocation LanguagesLocation { get; init; } = Diagnostics.SourceLocation.FileOnly(SiteConfigLoader.FileName);

    /// <summary>Where the site is published, e.g. <c>https://example.org/report-site/</c> or just <c>/report-site/</c>.</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>
    /// The web address of the repository holding the site (<c>https://github.com/org/reports</c>): each
    /// chapter and page then links to its source file there ("Edit this page"). Null: no such links.
    /// </summary>
    public string? RepoUrl { get; init; }

    /// <summary>The branch the edit links open, <c>main</c> unless set.</summary>
    public string RepoBranch { get; init; } = "main";

    /// <summary>Theme name (looked up under <c>themes/</c>) or a path relative to the input folder.</summary>
    public string Theme { get; init; } = "default";

    /// <summary>
    /// Whether raw HTML in Markdown is published as written. Off by default: raw HTML is sanitised,
    /// because chapters may come from outside contributors and the site runs on an organisation's domain.
    /// </summary>
    public bool TrustRawHtml { get; init; }

    /// <summary>The largest input text file (Markdown, YAML, CSV) the build reads, in megabytes.</summary>
    public int MaxFileSizeMb { get; init; } = DefaultMaxFileSizeMb;

    public const int DefaultMaxFileSizeMb = 10;

    /// <summary>The largest size limit: a text file is read whole into memory, twice (bytes, then text).</summary>
    public const int LargestMaxFileSizeMb = 1024;

    /// <summary>
    /// Report series by id (<c>world-internet</c>) with their names per language: reports whose
    /// report.yaml names a series are its editions. Empty when site.yaml defines none.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText> Series { get; init; } = new Dictionary<string, LocalizedText>();

    public long MaxFileBytes => MaxFileSizeMb * 1024L * 1024;
}

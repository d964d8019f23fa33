namespace ReportSite.Configuration;

/// <summary>One report edition as configured in <c>input/reports/&lt;id&gt;/report.yaml</c>.</summary>
public sealed record ReportConfig
{
    /// <summary>The report's folder name, used in URLs.</summary>
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public LocalizedText Summary { get; init; } = LocalizedText.Empty;
    public LocalizedText Publisher { get; init; } = LocalizedText.Empty;
    public int? Year { get; init; }
    public DateOnly? Released { get; init; }

    /// <summary>Sort key among reports of the same year (lower first).</summary>
    public int Order { get; init; }

    /// <summary>Cover image, relative to the input folder (forward slashes), when configured.</summary>
    public string? Cover { get; init; }

    /// <summary>The id of the series this report is an edition of (site.yaml's <c>series</c>), or null for a report that stands alone.</summary>
    public string? Series { get; init; }

    /// <summary>Where <c>year</c> is written (the start of the file when it is left out), for problems between editions.</summary>
    public Diagnostics.SourceLocation YearLocation { get; init; }

    /// <summary>The report.yaml path relative to the input folder.</summary>
    public required string SourceFile { get; init; }
}

namespace ReportSite.Build;

/// <summary>What to build, and where to.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }
    public required string OutputDirectory { get; init; }

    /// <summary>Overrides site.yaml's base_url (e.g. <c>/report-site/</c> for a GitHub Pages project site).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Overrides site.yaml's repo_url (a CI job passes its repository's address).</summary>
    public string? RepoUrl { get; init; }

    /// <summary>Overrides site.yaml's repo_branch.</summary>
    public string? RepoBranch { get; init; }

    /// <summary>False for a check: every stage runs and reports, but nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Publishes chapters and pages marked <c>draft: true</c>.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// Where the build keeps what later builds may reuse: converted formulas, one file per site
    /// (<see cref="Markdown.Mathematics.FormulaCache"/>). Null (the default): nothing is kept, every formula is converted.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// Prints each report's print edition to a PDF before the site is put in place (<c>build --pdf</c>);
    /// null (the default): no PDFs, and no browser is ever started.
    /// </summary>
    public PrintEdition.IPdfPrinter? PdfPrinter { get; init; }

    /// <summary>
    /// What removes the previous output once the new site is in place: it is given the folder the old
    /// site was moved to (<c>.NAME.old-GUID</c>, see <see cref="Output.RetiredOutput"/>). Null (the default):
    /// the build deletes it before it returns. The CLI hands it to a background process, so that replacing
    /// a big site does not wait for the disk to delete the old one.
    /// </summary>
    public Action<string>? RemovePreviousOutput { get; init; }

    /// <summary>Folders that hold themes (<c>&lt;folder&gt;/&lt;name&gt;/layouts</c>), searched after the site's own.</summary>
    public IReadOnlyList<string> ThemeSearchPaths { get; init; } = [];
}

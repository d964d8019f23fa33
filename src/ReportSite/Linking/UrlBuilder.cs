namespace ReportSite.Linking;

/// <summary>
/// Builds every URL of the site from a site path (like <c>zh/wid-2024/economy/</c>) and the
/// configured base URL, so a site published under <c>/&lt;repo&gt;/</c> links correctly everywhere.
/// </summary>
public sealed class UrlBuilder
{
    /// <param name="baseUrl">
    /// <c>/</c>, a path such as <c>/report-site/</c>, or an absolute URL such as
    /// <c>https://example.org/report-site/</c> (then canonical URLs are absolute).
    /// </param>
    public UrlBuilder(string baseUrl)
    {
        var trimmed = baseUrl.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            Origin = absolute.GetLeftPart(UriPartial.Authority);
            BasePath = NormalisePath(absolute.AbsolutePath);
        }
        else
        {
            Origin = "";
            BasePath = NormalisePath(trimmed);
        }
    }

    /// <summary>
    /// Why <paramref name="baseUrl"/> cannot be the site's base URL, or null when it can: it must be a path
    /// (<c>/</c>, <c>/my-repo/</c>) or an http(s) URL, with no spaces, query or fragment, since it starts every link.
    /// </summary>
    public static string? BaseUrlProblem(string baseUrl)
    {
        var trimmed = baseUrl.Trim();
        if (trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return "holds a space or control character";
        if (trimmed.IndexOfAny(['?', '#']) >= 0) return "holds a query (?) or fragment (#)";
        var scheme = System.Text.RegularExpressions.Regex.Match(trimmed, "^([A-Za-z][A-Za-z0-9+.-]*):");
        if (!scheme.Success) return null;
        if (scheme.Groups[1].Value.ToLowerInvariant() is not ("http" or "https")) return $"uses '{scheme.Groups[1].Value}:', not http: or https:";
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? null : "is not a well-formed URL";
    }

    /// <summary><c>https://host</c> when the base URL is absolute, else empty.</summary>
    public string Origin { get; }

    /// <summary>The path the site lives under, always starting and ending with '/'.</summary>
    public string BasePath { get; }

    public static string HomePath(string language) => $"{language}/";

    public static string ReportPath(string language, string reportId) => $"{language}/{reportId}/";

    public static string ChapterPath(string language, string reportId, string slug) => $"{language}/{reportId}/{slug}/";

    public static string PagePath(string language, string slug) => $"{language}/{slug}/";

    /// <summary>A chapter's side-by-side view, under the chapter: <c>zh/wid-2024/economy/parallel/</c>.</summary>
    public static string ParallelPath(string chapterPath) => chapterPath + "parallel/";

    /// <summary>Slug of each report's list of tables and figures; no chapter may use it.</summary>
    public const string FiguresSlug = "tables-and-figures";

    /// <summary>Slug of the glossary page; no standalone page may use it.</summary>
    public const string GlossarySlug = "glossary";

    public static string FiguresPath(string language, string reportId) => $"{language}/{reportId}/{FiguresSlug}/";

    /// <summary>Slug of each report's print edition (the whole report on one page); no chapter may use it.</summary>
    public const string PrintSlug = "print";

    /// <summary>A report's print edition in a language: <c>zh/wid-2024/print/</c>.</summary>
    public static string PrintPath(string language, string reportId) => $"{language}/{reportId}/{PrintSlug}/";

    /// <summary>The stylesheet that puts a print edition's title in its pages' running header.</summary>
    public static string RunningHeaderPath(string language, string reportId) => $"{language}/{reportId}/{PrintSlug}/running-header.css";

    /// <summary>A report's PDF in a language (<c>build --pdf</c>): <c>zh/wid-2024/wid-2024.pdf</c>.</summary>
    public static string PdfPath(string language, string reportId) => $"{language}/{reportId}/{reportId}.pdf";

    /// <summary>
    /// Names the site itself publishes under each language (<c>/zh/search/</c>, <c>/zh/feed.xml</c>, <c>/zh/data/</c>…):
    /// no report or page may take one.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedUnderLanguage =
        new HashSet<string>(["search", "data", GlossarySlug, "feed.xml", "index.html"], StringComparer.OrdinalIgnoreCase);

    public static string GlossaryPath(string language) => $"{language}/{GlossarySlug}/";

    public static string SearchPath(string language) => $"{language}/search/";

    /// <summary>The Atom feed of a language's reports and chapters.</summary>
    public static string FeedPath(string language) => $"{language}/feed.xml";

    /// <summary>A data table's CSV download in a language (its labels and number format).</summary>
    public static string DataCsvPath(string language, string tableName) => $"{language}/data/{tableName}.csv";

    /// <summary>The page GitHub Pages (and the preview) serves for a path that does not exist.</summary>
    public const string NotFoundPath = "404.html";

    public const string SitemapPath = "sitemap.xml";

    public const string RobotsPath = "robots.txt";

    /// <summary>The href for a site path, e.g. <c>/report-site/zh/</c>.</summary>
    public string Href(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>The absolute URL when the base URL has a host, else the same as <see cref="Href"/>.</summary>
    public string Absolute(string sitePath) => Origin + Href(sitePath);

    /// <summary>The file a site path is written to: directory paths get <c>index.html</c>.</summary>
    public static string OutputFile(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    private static string NormalisePath(string path)
    {
        var inner = string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        return inner.Length == 0 ? "/" : "/" + inner + "/";
    }
}

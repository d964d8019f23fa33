namespace ReportSite.Templating.Views;

/// <summary>
/// Everything a layout may show for one output page. Templates see this (as <c>page</c>, with
/// snake_case member names) and never the domain model. Exactly one of <see cref="Chapter"/>,
/// <see cref="Report"/>, <see cref="Reports"/>, <see cref="Article"/> is set for a content page.
/// </summary>
internal sealed record PageView
{
    /// <summary>home, report, chapter, page, root or not_found; also the layout name.</summary>
    public required string Kind { get; init; }
    public required string Language { get; init; }
    public required string HtmlLang { get; init; }
    public required string Title { get; init; }

    /// <summary>The text of <c>&lt;title&gt;</c>: page title and site title.</summary>
    public required string DocumentTitle { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }
    public required SiteView Site { get; init; }
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>The day the page's source last changed (<c>yyyy-MM-dd</c>), for the sitemap's <c>lastmod</c>; null for generated pages.</summary>
    public string? LastModified { get; init; }

    /// <summary>Asks search engines not to index the page (search results, 404) and keeps it out of the sitemap.</summary>
    public bool NoIndex { get; init; }

    /// <summary>Open Graph type: <c>article</c> for chapters and pages, else <c>website</c>.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>Open Graph locale of the page and of its other language versions, e.g. zh_CN.</summary>
    public string OgLocale { get; init; } = "";
    public IReadOnlyList<string> OgLocaleAlternates { get; init; } = [];

    /// <summary>Image for link previews (absolute URL), or null.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>schema.org structured data as JSON (safe to place in a script element), or null.</summary>
    public string? JsonLd { get; init; }

    /// <summary>The Atom feed of the page's language, or null for pages of no one language.</summary>
    public string? FeedUrl { get; init; }
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    public IReadOnlyList<LanguageLinkView> Languages { get; init; } = [];

    /// <summary>For the root page and the 404 page: the home of each language, in that language.</summary>
    public IReadOnlyList<LanguageHomeView> LanguageHomes { get; init; } = [];

    public ChapterView? Chapter { get; init; }

    /// <summary>For a chapter's side-by-side view: its two versions, section by section.</summary>
    public ParallelView? Parallel { get; init; }

    /// <summary>For a report's print edition: its cover, contents and chapters.</summary>
    public PrintView? Print { get; init; }
    public ReportView? Report { get; init; }
    /// <summary>For the home page: every report, newest first, as one flat list (kept for themes that do not group editions).</summary>
    public IReadOnlyList<ReportView> Reports { get; init; } = [];

    /// <summary>For the home page: the reports grouped by series, each series' latest edition first.</summary>
    public IReadOnlyList<ReportGroupView> ReportGroups { get; init; } = [];

    /// <summary>For a report index or a chapter of a series: links to its other editions, or null.</summary>
    public EditionsView? Editions { get; init; }
    public ArticleView? Article { get; init; }

    /// <summary>For a report's list of tables and figures: its entries by chapter.</summary>
    public IReadOnlyList<FigureGroupView> FigureGroups { get; init; } = [];

    public GlossaryView? Glossary { get; init; }

    public SearchView? Search { get; init; }
}

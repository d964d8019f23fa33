using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Translations;

namespace ReportSite.Linking;

/// <summary>
/// The Link stage: places every parsed document at its URL, orders chapters, pairs translations,
/// and resolves links and images in the Markdown to output URLs.
/// </summary>
internal static class SiteLinker
{
    /// <summary>
    /// Places the parsed documents and rewrites the links of their bodies (<paramref name="bodyOf"/>,
    /// in place); the bodies of documents left out (reported) are not touched.
    /// </summary>
    public static LinkedSite Link(LoadedContent content, IReadOnlyList<ParsedDocument> documents, Func<ContentPage, PageBody> bodyOf, UrlBuilder urls,
        IReadOnlyDictionary<string, Data.DataLabels> labels, DiagnosticBag diagnostics)
    {
        var pages = Place(documents, content.History, diagnostics);
        var groups = pages
            .GroupBy(p => p.TranslationGroup)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, ContentPage>)g.ToDictionary(p => p.Language));
        var outdated = CheckTranslations(pages, groups, content.Site, diagnostics);

        var chaptersByReport = pages.Where(p => p.Kind == ContentKind.Chapter).ToLookup(p => p.ReportId);
        var reports = content.Reports
            .OrderByDescending(r => r.Year ?? int.MinValue).ThenBy(r => r.Order).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(config => new Report
            {
                Config = config,
                ChaptersByLanguage = chaptersByReport[config.Id]
                    .GroupBy(p => p.Language)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<ContentPage>)InReadingOrder(g)),
            })
            .ToList();
        var pagesByLanguage = pages
            .Where(p => p.Kind == ContentKind.Page)
            .GroupBy(p => p.Language)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ContentPage>)InReadingOrder(g));

        var media = new MediaCollector();
        foreach (var report in content.Reports)
            if (report.Cover is { } cover) media.Add(cover);
        RewriteLinks(pages, pages, bodyOf, content, urls, labels, media, diagnostics);

        return new LinkedSite
        {
            Config = content.Site,
            Urls = urls,
            Reports = reports,
            Series = SeriesGrouping.Group(content.Reports, content.Site, diagnostics),
            PagesByLanguage = pagesByLanguage,
            Content = pages,
            Media = media.Files,
            TranslationGroups = groups,
            OutdatedTranslations = outdated,
            EditLinks = content.Site.RepoUrl is { } repo ? new EditLinks(repo, content.Site.RepoBranch, content.History?.Folder ?? "") : null,
        };
    }

    /// <summary>
    /// Rewrites the links in the bodies of <paramref name="pages"/> (links and cross-references resolve
    /// against <paramref name="all"/>, named with <paramref name="labels"/>), collecting the files they use in <paramref name="media"/>.
    /// </summary>
    public static void RewriteLinks(IReadOnlyList<ContentPage> pages, IReadOnlyList<ContentPage> all, Func<ContentPage, PageBody> bodyOf,
        LoadedContent content, UrlBuilder urls, IReadOnlyDictionary<string, Data.DataLabels> labels, MediaCollector media, DiagnosticBag diagnostics)
    {
        var rewriter = new LinkRewriter(all.ToDictionary(p => p.Document.Source.Path, StringComparer.Ordinal), content.Files, content.Unpublished, urls, media,
            new CrossReferences(all, labels, urls));
        Parallel.ForEach(pages, page => rewriter.Rewrite(page, bodyOf(page), diagnostics));
    }

    /// <summary>
    /// The checks over translation groups: missing translations, differing headings and numbered elements, clashing
    /// orders and outdated translations (returned: source path → original). They depend on every
    /// page's outline and hash, so the preview's fast path runs them again after an edit.
    /// </summary>
    public static IReadOnlyDictionary<string, ContentPage> CheckTranslations(
        IReadOnlyList<ContentPage> pages, IReadOnlyDictionary<string, IReadOnlyDictionary<string, ContentPage>> groups, Configuration.SiteConfig config, DiagnosticBag diagnostics)
    {
        ReportMissingTranslations(pages, groups, config.Languages, diagnostics);
        HeadingStructure.ReportDifferences(groups.Values, config.Languages, config.DefaultLanguage, diagnostics);
        NumberedStructure.ReportDifferences(groups.Values, config.Languages, config.DefaultLanguage, diagnostics);
        ReportDuplicateOrders(pages, diagnostics);
        return TranslationFreshness.FindOutdated(pages, (page, language) => groups[page.TranslationGroup].GetValueOrDefault(language), diagnostics);
    }

    private static List<ContentPage> InReadingOrder(IEnumerable<ContentPage> pages) =>
        pages.OrderBy(p => p.Order).ThenBy(p => p.Document.Source.FileStem, StringComparer.Ordinal).ToList();

    /// <summary>Gives each document its slug, order, chapter number and URL; drops (and reports) URL collisions.</summary>
    private static List<ContentPage> Place(IReadOnlyList<ParsedDocument> documents, GitHistory? history, DiagnosticBag diagnostics)
    {
        var numbers = ChapterNumbers(documents);
        var slugs = ContentOrdering.Slugs(documents.Select(d => d.Source));
        var reportIds = documents.Select(d => d.Source.ReportId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var placed = new List<ContentPage>();
        var taken = new Dictionary<string, ContentPage>(StringComparer.OrdinalIgnoreCase);
        var translations = new Dictionary<(string Group, string Language), ContentPage>();
        foreach (var document in documents.OrderBy(d => d.Source.Path, StringComparer.Ordinal))
        {
            var source = document.Source;
            var slug = slugs[source.Path];
            if (!SafeName.IsSafe(slug))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeName, SourceLocation.FileOnly(source.Path),
                    $"The file name gives this page the URL slug '{slug}', which holds characters a URL cannot carry safely; the file is skipped.",
                    "Rename the file. " + SafeName.Rule);
                continue;
            }
            var key = ContentOrdering.TranslationKey(source);
            var group = source.Kind == ContentKind.Chapter ? $"chapter:{source.ReportId}:{key}" : $"page:{key}";
            var page = new ContentPage
            {
                Document = document,
                Slug = slug,
                Order = ContentOrdering.Order(source),
                Number = numbers.GetValueOrDefault(group),
                SitePath = source.Kind == ContentKind.Chapter
                    ? UrlBuilder.ChapterPath(source.Language, source.ReportId!, slug)
                    : UrlBuilder.PagePath(source.Language, slug),
                TranslationGroup = group,
                LastChanged = history?.LastChanged(source.Path) is { } changed ? DateOnly.FromDateTime(changed.UtcDateTime) : null,
            };
            if (taken.TryGetValue(page.SitePath, out var first))
            {
                diagnostics.Error(DiagnosticCodes.OutputCollision, SourceLocation.FileOnly(source.Path),
                    $"This file and '{first.Document.Source.Path}' would both be published at /{page.SitePath}.",
                    "Rename one of the files (URLs ignore letter case).");
                continue;
            }
            if (source.Kind == ContentKind.Chapter && string.Equals(slug, UrlBuilder.FiguresSlug, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.OutputCollision, SourceLocation.FileOnly(source.Path),
                    $"A chapter cannot be named '{slug}': that URL is the report's list of tables and figures.", "Rename the file.");
                continue;
            }
            if (source.Kind == ContentKind.Chapter && string.Equals(slug, UrlBuilder.PrintSlug, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.OutputCollision, SourceLocation.FileOnly(source.Path),
                    $"A chapter cannot be named '{slug}': that URL is the report's print edition.", "Rename the file.");
                continue;
            }
            if (source.Kind == ContentKind.Page && (UrlBuilder.ReservedUnderLanguage.Contains(slug) || reportIds.Contains(slug)))
            {
                diagnostics.Error(DiagnosticCodes.OutputCollision, SourceLocation.FileOnly(source.Path),
                    $"A page cannot be named '{slug}': /{page.SitePath} is used by the site or a report.", "Rename the file.");
                continue;
            }
            if (translations.TryGetValue((group, source.Language), out var sameKey))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateTranslationKey, SourceLocation.FileOnly(source.Path),
                    $"This file and '{sameKey.Document.Source.Path}' are both the {source.Language} version of translation_key '{key}'; this file is skipped.",
                    "Give each chapter or page its own translation_key (or none: the file name pairs translations).");
                continue;
            }
            translations[(group, source.Language)] = page;
            taken[page.SitePath] = page;
            placed.Add(page);
        }
        return placed;
    }

    /// <summary>Chapter numbers per report, over translation groups so a chapter and its translation share one.</summary>
    private static Dictionary<string, int> ChapterNumbers(IReadOnlyList<ParsedDocument> documents)
    {
        var numbers = new Dictionary<string, int>();
        var byReport = documents.Where(d => d.Source.Kind == ContentKind.Chapter).GroupBy(d => d.Source.ReportId!);
        foreach (var report in byReport)
        {
            var groups = report
                .GroupBy(d => ContentOrdering.TranslationKey(d.Source))
                .OrderBy(g => g.Min(d => ContentOrdering.Order(d.Source)))
                .ThenBy(g => g.Key, StringComparer.Ordinal);
            var n = 0;
            foreach (var group in groups) numbers[$"chapter:{report.Key}:{group.Key}"] = ++n;
        }
        return numbers;
    }

    private static void ReportDuplicateOrders(IReadOnlyList<ContentPage> pages, DiagnosticBag diagnostics)
    {
        var clashes = pages
            .Where(p => p.Kind == ContentKind.Chapter && p.Order != int.MaxValue)
            .GroupBy(p => (p.ReportId, p.Language, p.Order))
            .Where(g => g.Count() > 1);
        foreach (var clash in clashes)
        {
            var first = clash.First().Document.Source.Path;
            foreach (var page in clash.Skip(1))
                diagnostics.Error(DiagnosticCodes.DuplicateOrder, SourceLocation.FileOnly(page.Document.Source.Path),
                    $"This chapter has order {page.Order}, like '{first}'.",
                    "Give each chapter its own number: the file name prefix (01-, 02-...) or 'order:' in the front matter.");
        }
    }

    private static void ReportMissingTranslations(
        IReadOnlyList<ContentPage> pages, IReadOnlyDictionary<string, IReadOnlyDictionary<string, ContentPage>> groups,
        IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            var missing = languages.Where(l => !groups[page.TranslationGroup].ContainsKey(l)).ToList();
            var source = page.Document.Source;
            if (source.FrontMatter.OnlyIn is { } onlyIn)
            {
                var kind = page.Kind == ContentKind.Chapter ? "chapter" : "page";
                if (onlyIn != page.Language)
                    diagnostics.Error(DiagnosticCodes.WrongType, SourceLocation.FileOnly(source.Path),
                        $"This {kind} is in the {page.Language} folder, but its front matter says {FrontMatter.OnlyInKey}: {onlyIn}.",
                        $"Write {FrontMatter.OnlyInKey}: {page.Language} (the language of the folder it is in), or remove the key.");
                else if (missing.Count < languages.Count - 1)
                    diagnostics.Warning(DiagnosticCodes.MissingTranslation, SourceLocation.FileOnly(source.Path),
                        $"This {kind} says {FrontMatter.OnlyInKey}: {onlyIn}, but it has a version in {string.Join(", ", languages.Except(missing).Where(l => l != onlyIn))}.",
                        $"Remove {FrontMatter.OnlyInKey} now that it is translated.");
                // Written in one language on purpose: that is not a missing translation.
                if (onlyIn == page.Language) continue;
            }
            if (missing.Count == 0) continue;
            var folder = InputPath.Directory(InputPath.Directory(source.Path));
            diagnostics.Warning(DiagnosticCodes.MissingTranslation, SourceLocation.FileOnly(source.Path),
                $"No {string.Join(", ", missing)} version of this {(page.Kind == ContentKind.Chapter ? "chapter" : "page")}.",
                $"Add {string.Join(" and ", missing.Select(l => $"{folder}/{l}/{source.FileStem}.md"))}, or set the same translation_key in both files.");
        }
    }
}

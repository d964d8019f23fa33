using ReportSite.Content;
using ReportSite.Data;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown;
using ReportSite.Output;

namespace ReportSite.Build;

/// <summary>
/// The preview's fast path: when only the text of existing chapters or pages changed, re-parse and
/// re-link just those, and re-render them and the pages that show something of them — their report
/// index (titles, summaries, reading time), the chapters of the same report and language when a title
/// changed (sidebar, previous/next), every page of the language when a standalone page's title changed
/// (menu), the list of tables and figures when theirs changed. Anything else (configuration, theme,
/// data, files added or removed, a changed order, draft flag or translation key) needs a full build.
/// The search index and links into the changed pages are brought up to date by the full build the
/// preview runs in the background afterwards.
/// </summary>
public sealed class IncrementalRebuild(SiteBuilder builder)
{
    /// <summary>The updated generation and the pages re-rendered for it.</summary>
    public sealed record Update(SiteGeneration Generation, IReadOnlyList<RenderedPage> Pages);

    /// <param name="previous">The generation the change applies to.</param>
    /// <param name="changed">Changed files, relative to the input folder.</param>
    /// <returns>The update, or null when the change needs a full build.</returns>
    public Update? TryApply(SiteGeneration previous, IReadOnlyCollection<string> changed)
    {
        var old = previous.Site.Content.ToDictionary(p => p.Document.Source.Path, StringComparer.Ordinal);
        if (changed.Count == 0 || changed.Any(path => !old.ContainsKey(path) || !File.Exists(Path.Combine(previous.InputDirectory, path))))
            return null;

        var diagnostics = new DiagnosticBag();
        var replacements = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var page = old[path];
            var source = page.Document.Source;
            if (TextFile.Read(previous.InputDirectory, path, previous.Content.Site.MaxFileBytes, diagnostics,
                    text => FrontMatterParser.Parse(text, path, diagnostics)) is not { } parsed) return null;
            if (!SameStructure(source.FrontMatter, parsed.FrontMatter)) return null;
            var document = builder.Parser.Parse(source with { FrontMatter = parsed.FrontMatter, Body = parsed.Body, BodyFirstLine = parsed.BodyFirstLine }, diagnostics, previous.Theme.Ids);
            replacements[path] = page with { Document = document };
        }

        var site = previous.Site.WithPages(replacements);
        var media = new MediaCollector();
        var rewriter = new LinkRewriter(site.Content.ToDictionary(p => p.Document.Source.Path, StringComparer.Ordinal), previous.Content.Files, previous.Content.Unpublished, site.Urls, media);
        foreach (var page in replacements.Values) rewriter.Rewrite(page, diagnostics);
        InputFiles.ReportUnreadable(previous.InputDirectory, media.Files.Select(m => m.InputPath), diagnostics);
        site = site with
        {
            Media = site.Media.Concat(media.Files).DistinctBy(m => m.SitePath).OrderBy(m => m.InputPath, StringComparer.Ordinal).ToList(),
            OutdatedTranslations = TranslationFreshness.FindOutdated(site.Content, site.Translation, new DiagnosticBag()),
        };

        var resolver = new DataBlockResolver(site, previous.Data.Tables, previous.Labels, DataTableLoader.Unloaded(previous.Content.Files, previous.Data.Tables));
        var figures = previous.Data.Figures.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var figuresChanged = false;
        foreach (var page in replacements.Values)
        {
            var entries = resolver.ResolvePage(page, diagnostics);
            var before = figures.GetValueOrDefault(page.Document.Source.Path) ?? [];
            figuresChanged |= !before.SequenceEqual(entries);
            if (entries.Count > 0) figures[page.Document.Source.Path] = entries;
            else figures.Remove(page.Document.Source.Path);
        }
        var data = previous.Data with { Figures = figures };

        var affected = AffectedPaths(previous.Site, site, replacements.Keys, figuresChanged);
        var pages = builder.Render(site, data, previous.Theme, diagnostics, CancellationToken.None, affected is null ? null : affected.Contains);
        var rendered = pages.ToDictionary(p => p.SitePath, StringComparer.Ordinal);
        return new Update(previous with
        {
            Site = site,
            Data = data,
            Pages = previous.Pages.Select(p => rendered.GetValueOrDefault(p.SitePath) ?? p).ToList(),
            Diagnostics = previous.Diagnostics.Where(d => !changed.Contains(d.File))
                .Concat(diagnostics.Sorted())
                .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
                .ToList(),
        }, pages);
    }

    /// <summary>Whether a page keeps its place: URL, order, translation pairing and publication.</summary>
    private static bool SameStructure(FrontMatter before, FrontMatter after) =>
        before.Order == after.Order && before.TranslationKey == after.TranslationKey && before.Draft == after.Draft;

    /// <summary>The site paths to re-render, or null for all of them.</summary>
    private static HashSet<string>? AffectedPaths(LinkedSite before, LinkedSite after, IEnumerable<string> changed, bool figuresChanged)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var oldPages = before.Content.ToDictionary(p => p.Document.Source.Path, StringComparer.Ordinal);
        foreach (var source in changed)
        {
            var page = after.Content.First(p => p.Document.Source.Path == source);
            var titleChanged = oldPages[source].Title != page.Title;
            paths.Add(page.SitePath);
            if (page.Kind == ContentKind.Chapter)
            {
                // The report index shows each chapter's title, summary and reading time.
                paths.Add(UrlBuilder.ReportPath(page.Language, page.ReportId!));
                if (figuresChanged) paths.Add(UrlBuilder.FiguresPath(page.Language, page.ReportId!));
                if (titleChanged)
                    foreach (var chapter in after.Report(page.ReportId!).Chapters(page.Language)) paths.Add(chapter.SitePath);
            }
            else if (titleChanged)
                return null; // standalone pages are in every page's menu
        }
        return paths;
    }
}

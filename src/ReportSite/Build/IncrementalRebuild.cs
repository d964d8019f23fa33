using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Output;

namespace ReportSite.Build;

/// <summary>
/// The preview's fast path: when only the text of existing chapters or pages changed, run the build's
/// own stages (<see cref="BuildStages"/>) on just those and on the pages that show something of them
/// (<see cref="SitePlan.Showing"/>), which are read and parsed again from disk since a build keeps no
/// page body. The checks across translations run again over the whole site, so their warnings stay
/// right. Anything else (configuration, theme, data, files added or removed, a changed order, draft
/// flag or translation key, a standalone page's title, a list of figures appearing or going, a table,
/// figure or box with an id changing its kind or number, which cross-references from other pages name)
/// needs a full build. The search index, feeds and links from other pages into the changed ones are
/// brought up to date by the full build the preview runs in the background afterwards.
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
        if (Reread(previous, changed.Select(path => old[path]), diagnostics) is not { } texts
            || texts.Any(t => !SameStructure(old[t.Source.Path].Document.Source.FrontMatter, t.Source.FrontMatter)))
            return null;
        var parsed = builder.Stages.Parse(texts, previous.Theme, diagnostics, CancellationToken.None);
        if (parsed.Documents.Any(d => !SameKeys(old[d.Source.Path].Document.Targets, d.Targets))) return null;
        var site = previous.Site.WithPages(parsed.Documents.ToDictionary(d => d.Source.Path, d => old[d.Source.Path] with { Document = d }, StringComparer.Ordinal));
        var checks = new DiagnosticBag();
        site = site with { OutdatedTranslations = SiteLinker.CheckTranslations(site.Content, site.TranslationGroups, site.Config, checks) };

        // The other pages to render again are read and parsed as they are on disk (unchanged).
        var sideBySide = SideBySide.ParallelPairs.Shown(previous.Theme);
        var printEditions = PrintEdition.PrintEditions.Shown(previous.Theme);
        if (SitePlan.For(site, previous.Data, sideBySide, printEditions).Showing(previous.Site, site, changed) is not { } showing) return null;
        var reprocessed = SitePlan.ContentShown(showing);
        var others = reprocessed.Where(p => !changed.Contains(p.Document.Source.Path)).ToList();
        if (Reread(previous, others, diagnostics) is not { } otherTexts) return null;
        var bodies = parsed.And(builder.Stages.Parse(otherTexts, previous.Theme, diagnostics, CancellationToken.None));

        var media = new MediaCollector();
        SiteLinker.RewriteLinks(reprocessed, site.Content, bodies.Of, previous.Content, site.Urls, previous.Labels, media, diagnostics);
        InputFiles.ReportUnreadable(previous.InputDirectory, media.Files.Select(m => m.InputPath), diagnostics);
        site = site with { Media = site.Media.Concat(media.Files).DistinctBy(m => m.SitePath).OrderBy(m => m.InputPath, StringComparer.Ordinal).ToList() };

        var resolver = BuildStages.DataResolver(site, previous.Content, previous.Labels);
        var figures = previous.Data.Figures.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (var page in reprocessed)
        {
            var entries = resolver.ResolvePage(page, bodies.Of(page), diagnostics);
            if (entries.Count > 0) figures[page.Document.Source.Path] = entries;
            else figures.Remove(page.Document.Source.Path);
        }
        var data = previous.Data with { Figures = figures };

        var plan = SitePlan.For(site, data, sideBySide, printEditions);
        if (!plan.SamePagesAs(SitePlan.For(previous.Site, previous.Data, sideBySide, printEditions))) return null;
        var rendered = builder.Stages.RenderAndIndex(plan.Showing(previous.Site, site, changed)!, site, data, previous.Theme, bodies.Take,
            new MemorySink(), diagnostics, CancellationToken.None);
        var byPath = rendered.Pages.ToDictionary(p => p.SitePath, StringComparer.Ordinal);
        return new Update(previous with
        {
            Site = site,
            Data = data,
            Pages = previous.Pages.Select(p => byPath.GetValueOrDefault(p.SitePath) ?? p).ToList(),
            Diagnostics = Merge(previous, reprocessed.Select(p => p.Document.Source.Path).ToHashSet(StringComparer.Ordinal), diagnostics, checks),
        }, rendered.Pages);
    }

    /// <summary>Reads pages again from disk; null when one no longer reads (the full build reports it).</summary>
    private static List<MarkdownText>? Reread(SiteGeneration previous, IEnumerable<ContentPage> pages, DiagnosticBag diagnostics)
    {
        var texts = new List<MarkdownText>();
        foreach (var page in pages)
        {
            if (ContentLoader.Reread(previous.InputDirectory, page.Document.Source, previous.Content.Site.MaxFileBytes, diagnostics) is not { } text) return null;
            texts.Add(text);
        }
        return texts;
    }

    /// <summary>
    /// The previous build's diagnostics with those of the pages processed again and of the checks
    /// across translations replaced by the new ones: as a full build of the edited site reports them.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Merge(SiteGeneration previous, IReadOnlySet<string> reprocessed, DiagnosticBag pages, DiagnosticBag checks)
    {
        var before = new DiagnosticBag();
        SiteLinker.CheckTranslations(previous.Site.Content, previous.Site.TranslationGroups, previous.Site.Config, before);
        var oldChecks = before.Sorted().ToHashSet();
        var merged = new DiagnosticBag();
        foreach (var diagnostic in previous.Diagnostics)
            if (!reprocessed.Contains(diagnostic.File) && !oldChecks.Contains(diagnostic)) merged.Add(diagnostic);
        foreach (var diagnostic in pages.Sorted().Concat(checks.Sorted())) merged.Add(diagnostic);
        return merged.Sorted();
    }

    /// <summary>
    /// Whether the elements with ids keep their kind and number, so what other pages' cross-references
    /// (<c>@tbl-x</c>) to them say, which the fast path does not render again, stays right.
    /// </summary>
    private static bool SameKeys(IReadOnlyList<Markdown.Numbering.NumberedTarget> before, IReadOnlyList<Markdown.Numbering.NumberedTarget> after) =>
        before.Where(t => t.Key is not null).Select(t => (t.Key, t.Kind, t.Ordinal))
            .SequenceEqual(after.Where(t => t.Key is not null).Select(t => (t.Key, t.Kind, t.Ordinal)));

    /// <summary>Whether a page keeps its place: URL, order, translation pairing and publication.</summary>
    private static bool SameStructure(FrontMatter before, FrontMatter after) =>
        before.Order == after.Order && before.TranslationKey == after.TranslationKey && before.Draft == after.Draft;
}

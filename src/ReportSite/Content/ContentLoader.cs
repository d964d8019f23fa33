using ReportSite.Configuration;
using ReportSite.Diagnostics;

namespace ReportSite.Content;

/// <summary>
/// The Load stage: reads site.yaml, every report.yaml, and every chapter and page with its front
/// matter, collecting diagnostics rather than stopping at the first problem.
/// </summary>
internal static class ContentLoader
{
    public static LoadedInput? Load(string inputDirectory, bool includeDrafts, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(inputDirectory))
        {
            diagnostics.Error(DiagnosticCodes.InputNotFound, SourceLocation.FileOnly(inputDirectory),
                $"The input folder '{inputDirectory}' does not exist.", "Run from the site's folder or pass --input DIR.");
            return null;
        }
        // Git's history (each page's last change, the folder's place for edit links) is read while the files load.
        var history = Task.Run(() => GitHistory.Read(inputDirectory, out _));
        var site = SiteConfigLoader.Load(inputDirectory, diagnostics);
        if (site is null) return null;

        var files = InputFiles.List(inputDirectory, diagnostics, skipFolder: InputFiles.ThemesFolder);
        var reports = LoadReports(inputDirectory, files, site, diagnostics);
        var sources = FindMarkdown(files, site, reports, diagnostics);
        var fileSet = new SortedSet<string>(files, StringComparer.Ordinal);
        var documents = new MarkdownText?[sources.Count];
        Parallel.For(0, sources.Count, i => documents[i] = InternalError.While(sources[i].Path, () => Read(inputDirectory, sources[i], site.MaxFileBytes, diagnostics)));
        var unpublished = new Dictionary<string, UnpublishedReason>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (documents[i] is null) unpublished[sources[i].Path] = UnpublishedReason.NotLoaded;
            else if (!includeDrafts && documents[i]!.Source.FrontMatter.Draft) unpublished[sources[i].Path] = UnpublishedReason.Draft;
        }

        var texts = documents.OfType<MarkdownText>().Where(d => !unpublished.ContainsKey(d.Source.Path)).ToList();
        return new LoadedInput(new LoadedContent
        {
            Site = site,
            Reports = reports,
            Documents = texts.Select(t => t.Source).ToList(),
            Unpublished = unpublished,
            Files = fileSet,
            Tables = Data.DataTableLoader.LoadAll(inputDirectory, fileSet, site.Languages, site.MaxFileBytes, diagnostics),
            Glossary = Data.GlossaryLoader.Load(inputDirectory, fileSet, site.Languages, site.MaxFileBytes, diagnostics),
            History = history.Result,
        }, texts);
    }

    /// <summary>Reads a chapter or page of a loaded site again (the preview's fast path, after an edit); null when it no longer reads.</summary>
    public static MarkdownText? Reread(string inputDirectory, SourceDocument known, long maxBytes, DiagnosticBag diagnostics) =>
        Read(inputDirectory, new MarkdownSource(known.Path, known.Kind, known.Language, known.ReportId), maxBytes, diagnostics);

    private sealed record MarkdownSource(string Path, ContentKind Kind, string Language, string? ReportId);

    private static List<ReportConfig> LoadReports(string root, List<string> files, SiteConfig site, DiagnosticBag diagnostics)
    {
        var reports = new List<ReportConfig>();
        var reportIds = files
            .Select(f => f.Split('/'))
            .Where(parts => parts.Length >= 3 && parts[0] == "reports")
            .Select(parts => parts[1])
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var id in reportIds)
        {
            if (!SafeName.IsSafe(id))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeName, SourceLocation.FileOnly($"reports/{id}"),
                    $"The folder name '{id}' becomes the report's URL, and it holds characters a URL cannot carry safely; the report is skipped.",
                    "Rename the folder. " + SafeName.Rule);
                continue;
            }
            if (Linking.UrlBuilder.ReservedUnderLanguage.Contains(id))
            {
                diagnostics.Error(DiagnosticCodes.OutputCollision, SourceLocation.FileOnly($"reports/{id}"),
                    $"A report cannot be named '{id}': the site publishes its own /<language>/{id} under each language; the report is skipped.",
                    "Rename the report folder.");
                continue;
            }
            var file = $"reports/{id}/{ReportConfigLoader.FileName}";
            if (!files.Contains(file))
            {
                diagnostics.Error(DiagnosticCodes.MissingRequired, SourceLocation.FileOnly($"reports/{id}"),
                    $"Report folder '{id}' has no {ReportConfigLoader.FileName}.",
                    $"Create {file} with at least a title: {{zh: ..., en: ...}}.");
                reports.Add(Unreadable(id, file));
                continue;
            }
            var config = TextFile.Read(root, file, site.MaxFileBytes, diagnostics) is { } text
                ? InternalError.While(file, () => ReportConfigLoader.Parse(text, id, file, site, files.Contains, diagnostics))
                : null;
            reports.Add(config ?? Unreadable(id, file));
        }
        return reports;
    }

    /// <summary>
    /// A report whose report.yaml is missing or unreadable (reported there) still has its chapters read
    /// and checked under its folder name: their own problems are reported in the same run, and links to
    /// them from other reports are not reported as broken because of the one mistake in report.yaml.
    /// </summary>
    private static ReportConfig Unreadable(string id, string file) =>
        new() { Id = id, Title = LocalizedText.Same(id), SourceFile = file };

    private static List<MarkdownSource> FindMarkdown(List<string> files, SiteConfig site, List<ReportConfig> reports, DiagnosticBag diagnostics)
    {
        var reportIds = reports.Select(r => r.Id).ToHashSet();
        var sources = new List<MarkdownSource>();
        foreach (var file in files.Where(StrayMarkdown.IsMarkdown))
        {
            var parts = file.Split('/');
            MarkdownSource? source = parts switch
            {
                ["reports", var id, var lang, _] when reportIds.Contains(id) => new(file, ContentKind.Chapter, lang, id),
                ["pages", var lang, _] => new(file, ContentKind.Page, lang, null),
                _ => null,
            };
            // A report folder with an unsafe or reserved name is already an error and skipped; its files are not strays too.
            if (parts is ["reports", var skipped, _, ..] && !reportIds.Contains(skipped)
                && (!SafeName.IsSafe(skipped) || Linking.UrlBuilder.ReservedUnderLanguage.Contains(skipped))) continue;
            if (source is null || !site.Languages.Contains(source.Language) || !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                StrayMarkdown.Report(file, site, diagnostics);
                continue;
            }
            sources.Add(source);
        }
        return sources;
    }

    private static MarkdownText? Read(string root, MarkdownSource source, long maxBytes, DiagnosticBag diagnostics)
    {
        if (TextFile.Read(root, source.Path, maxBytes, diagnostics, text => FrontMatterParser.Parse(text, source.Path, diagnostics)) is not { } parsed)
            return null;
        var fileName = source.Path[(source.Path.LastIndexOf('/') + 1)..];
        return new MarkdownText(new SourceDocument
        {
            Path = source.Path,
            Kind = source.Kind,
            Language = source.Language,
            ReportId = source.ReportId,
            FileStem = fileName[..^3],
            FrontMatter = parsed.FrontMatter,
            BodyFirstLine = parsed.BodyFirstLine,
            ContentHash = ContentHash.Of(parsed.FrontMatter.Title, parsed.Body),
        }, parsed.Body);
    }
}

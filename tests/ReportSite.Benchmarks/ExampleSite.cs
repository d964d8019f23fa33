using ReportSite.Build;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown;

namespace ReportSite.Benchmarks;

/// <summary>The repository's example site (input/), generated once in memory, as the benchmarks' realistic input.</summary>
internal static class ExampleSite
{
    private static readonly Lazy<SiteGeneration> Generation = new(() =>
    {
        var root = Repository();
        var options = new BuildOptions
        {
            InputDirectory = Path.Combine(root, "input"),
            OutputDirectory = Path.Combine(Path.GetTempPath(), "reportsite-benchmarks"),
            ThemeSearchPaths = [Path.Combine(root, "themes")],
            WriteOutput = false,
        };
        return new SiteBuilder().Generate(options, new DiagnosticBag(), new StageTimer(), CancellationToken.None)
            ?? throw new InvalidOperationException("The example site did not load.");
    });

    public static SiteGeneration Get() => Generation.Value;

    private static readonly DocumentParser Parser = new(ReportMarkdownPipeline.Create());

    /// <summary>A page's Markdown text, read again (a build keeps no page's text).</summary>
    public static MarkdownText Text(ContentPage page)
    {
        var site = Get();
        return ContentLoader.Reread(site.InputDirectory, page.Document.Source, site.Content.Site.MaxFileBytes, new DiagnosticBag())!;
    }

    /// <summary>A page's body as a build renders it: read, parsed, its links rewritten, its data blocks resolved.</summary>
    public static PageBody Body(ContentPage page)
    {
        var site = Get();
        var body = Parser.Parse(Text(page), new DiagnosticBag(), site.Theme.Ids).Body;
        new LinkRewriter(site.Site.Content.ToDictionary(p => p.Document.Source.Path), site.Content.Files, site.Content.Unpublished, site.Site.Urls, new MediaCollector(),
                new CrossReferences(site.Site.Content, site.Labels, site.Site.Urls))
            .Rewrite(page, body, new DiagnosticBag());
        new ReportSite.Data.DataBlockResolver(site.Site, site.Data.Tables, site.Labels, new HashSet<string>()).ResolvePage(page, body, new DiagnosticBag());
        return body;
    }

    public static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ReportSite.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}

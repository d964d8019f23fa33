using BenchmarkDotNet.Attributes;
using ReportSite.Build;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown;
using ReportSite.Search;
using ReportSite.Templating;
using ReportSite.Templating.Views;

namespace ReportSite.Benchmarks;

/// <summary>
/// The per-page work of a build, on the example site's longest Chinese chapter: Markdown parse and
/// render, the page's templates, tokenising its text for search, and writing a language's index.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private SiteGeneration _site = null!;
    private ContentPage _chapter = null!;
    private DocumentParser _parser = null!;
    private HtmlBodyRenderer _bodies = null!;
    private PageViewFactory _views = null!;
    private PageRenderer _renderer = null!;
    private List<SearchSection> _sections = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = ExampleSite.Get();
        _chapter = _site.Site.Content
            .Where(p => p.Kind == ContentKind.Chapter && p.Language == "zh")
            .MaxBy(p => p.Document.Source.Body.Length)!;
        var pipeline = ReportMarkdownPipeline.Create();
        _parser = new DocumentParser(pipeline);
        _bodies = new HtmlBodyRenderer(pipeline);
        _views = new PageViewFactory(_site.Site, _site.Data, _site.Theme, _bodies);
        _renderer = new PageRenderer(_site.Theme);
        _sections = SearchIndex.Collect(_site.Site, page => SearchIndex.SectionsOf(_site.Site, _site.Theme, page)).Single(l => l.Key == "zh").Value;
    }

    [Benchmark(Description = "Markdown parse + render (one chapter)")]
    public string MarkdownRender() => _bodies.Render(_parser.Parse(_chapter.Document.Source, new DiagnosticBag()).Ast);

    [Benchmark(Description = "Template render (one chapter page)")]
    public string? TemplateRender() => _renderer.Render(_views.Chapter(_chapter), new DiagnosticBag());

    [Benchmark(Description = "Tokenise (one chapter's search text)")]
    public int Tokenise()
    {
        var tokens = 0;
        foreach (var section in _sections.Where(s => s.Url.StartsWith(_site.Site.Urls.Href(_chapter.SitePath), StringComparison.Ordinal)))
            SearchTokenizer.Tokenize(section.Text, (_, _) => tokens++);
        return tokens;
    }

    [Benchmark(Description = "Index write (every Chinese section)")]
    public int IndexWrite() => SearchIndexBuilder.Build("zh", _sections).Count;
}

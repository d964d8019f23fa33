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
        var pipeline = ReportMarkdownPipeline.Create();
        _parser = new DocumentParser(pipeline);
        // A build keeps no page's body: each is read, parsed, linked and given its data blocks again here.
        var bodies = _site.Site.Content.ToDictionary(p => p, ExampleSite.Body);
        (_chapter, _text) = _site.Site.Content
            .Where(p => p.Kind == ContentKind.Chapter && p.Language == "zh")
            .Select(p => (p, ExampleSite.Text(p)))
            .MaxBy(c => c.Item2.Text.Length);
        _chapterBody = bodies[_chapter];
        _bodies = new HtmlBodyRenderer(pipeline);
        _views = new PageViewFactory(_site.Site, _site.Data, _site.Theme, _bodies);
        _renderer = new PageRenderer(_site.Theme);
        _sections = SearchIndex.Collect(_site.Site, page => SearchIndex.SectionsOf(_site.Site, _site.Theme, page, bodies[page])).Single(l => l.Key == "zh").Value;
    }

    private MarkdownText _text = null!;
    private PageBody _chapterBody = null!;


    [Benchmark(Description = "Markdown parse + render (one chapter)")]
    public string MarkdownRender() => _bodies.Render(_parser.Parse(_text, new DiagnosticBag()).Body.Ast);

    [Benchmark(Description = "Template render (one chapter page)")]
    public string? TemplateRender() => _renderer.Render(_views.Chapter(_chapter, _chapterBody), new DiagnosticBag());

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

using System.Text;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown;

namespace ReportSite.Fuzz;

/// <summary>
/// What the fuzzer feeds: bytes as a contributor's file. A target may report diagnostics (that is
/// how bad input is meant to end); any exception that escapes is a bug the fuzzer has found.
/// </summary>
public static class FuzzTargets
{
    private const string ChapterPath = "reports/r/en/01-intro.md";
    // Built on first use: instrumented code must not run before the fuzzer has set up its shared memory.
    private static readonly Lazy<DocumentParser> Parser = new(() => new(ReportMarkdownPipeline.Create()));
    private static readonly Lazy<HtmlBodyRenderer> Bodies = new(() => new(ReportMarkdownPipeline.Create()));

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["front-matter"] = FrontMatter,
        ["links"] = Links,
    };

    /// <summary>The front matter splitter and YAML reader on a whole chapter file.</summary>
    public static void FrontMatter(byte[] input) =>
        FrontMatterParser.Parse(TextFile.Normalize(Encoding.UTF8.GetString(input)), ChapterPath, new DiagnosticBag());

    /// <summary>A chapter's body parsed, its links rewritten (script URLs removed) and rendered with raw HTML sanitised.</summary>
    public static void Links(byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        var source = new SourceDocument
        {
            Path = ChapterPath, Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "01-intro",
            FrontMatter = Content.FrontMatter.None, Body = TextFile.Normalize(Encoding.UTF8.GetString(input)), BodyFirstLine = 1,
        };
        var page = new ContentPage
        {
            Document = Parser.Value.Parse(source, diagnostics), Slug = "intro", Number = 1, Order = 1, SitePath = "en/r/intro/", TranslationGroup = "chapter:r:01-intro",
        };
        var rewriter = new LinkRewriter(new Dictionary<string, ContentPage> { [ChapterPath] = page },
            new SortedSet<string>(StringComparer.Ordinal) { ChapterPath, "reports/r/images/a.png" }, new UrlBuilder("/"), new MediaCollector());
        rewriter.Rewrite(page, diagnostics);
        Bodies.Value.Render(page.Document);
    }
}

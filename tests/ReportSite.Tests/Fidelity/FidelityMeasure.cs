using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportSite.Build;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Fidelity;

/// <summary>
/// Builds a site in memory (as <c>serve</c> does, so pages are rendered even when the build has
/// errors) and compares, page by page, the words a reader sees in each chapter's title and body
/// with the words GitHub shows for the same Markdown.
/// </summary>
public static partial class FidelityMeasure
{
    public static FidelityResult Of(string inputDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var generation = Generate(inputDirectory, diagnostics);
        var html = generation.Pages.ToDictionary(p => p.SitePath, p => p.KeptHtml);
        var pages = generation.Site.Content.AsParallel().AsOrdered().Select(page =>
        {
            var article = new HtmlParser().ParseDocument(html[page.SitePath]).QuerySelector("article.article");
            var shown = VisibleWords.Of(article?.QuerySelector(".article__header h1"), article?.QuerySelector(".prose"));
            var github = VisibleWords.Of(GitHubPage(MarkdownOf(generation, page)).Body);
            return new PageFidelity(page.Document.Source.Path, page.Language, github.Total, shown.KeptOf(github), shown.LostFrom(github));
        }).ToList();
        return new FidelityResult(pages, diagnostics.Sorted());
    }

    /// <summary>Every page of the site rendered in memory, errors or not (as <c>serve</c> renders them).</summary>
    public static SiteGeneration Generate(string inputDirectory, DiagnosticBag diagnostics) =>
        new SiteBuilder().Generate(new BuildOptions
        {
            InputDirectory = inputDirectory,
            OutputDirectory = Path.Combine(Path.GetTempPath(), "reportsite-fidelity-unused"),
            WriteOutput = false,
            ThemeSearchPaths = [RepoPaths.Themes],
        }, diagnostics, new StageTimer(), CancellationToken.None)
        ?? throw new InvalidOperationException("The site did not load:\n" + string.Join("\n", diagnostics.Sorted()));

    /// <summary>A page's Markdown as on disk (a build keeps no page's text once it is rendered).</summary>
    public static string MarkdownOf(SiteGeneration generation, ReportSite.Linking.ContentPage page) =>
        ReportSite.Content.ContentLoader.Reread(generation.InputDirectory, page.Document.Source, generation.Content.Site.MaxFileBytes, new DiagnosticBag())!.Text;

    /// <summary>What GitHub shows for a page's Markdown, parsed.</summary>
    public static IHtmlDocument GitHubPage(string markdown) =>
        new HtmlParser().ParseDocument(CmarkGfm.ToHtml(WithoutHeadingIds(markdown)));

    /// <summary>
    /// The Markdown without <c>{#id}</c> at the end of headings: ReportSite's one documented syntax
    /// that GitHub shows as text (README, "Section anchors"), so it is not counted as lost.
    /// </summary>
    public static string WithoutHeadingIds(string markdown)
    {
        var lines = markdown.Split('\n');
        char? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = Fence().Match(lines[i]);
            if (opening.Success)
            {
                if (fence is null) fence = opening.Groups[1].Value[0];
                else if (opening.Groups[1].Value[0] == fence) fence = null;
            }
            else if (fence is null) lines[i] = HeadingId().Replace(lines[i], "$1");
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^( {0,3}#{1,6}[ \t].*?)[ \t]*\{#[^{}\s]+\}[ \t]*(?=\r?$)")]
    private static partial Regex HeadingId();
}

using AngleSharp.Html.Parser;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Fidelity;

/// <summary>
/// Issue 17's fidelity tests: what a reader sees on ReportSite's page against what GitHub shows for
/// the same Markdown (cmark-gfm), for a page of every construct the issue names
/// (tests/fidelity/constructs); <see cref="CorpusFidelityTests"/> does the same for real docs.
/// Set FIDELITY_REPORT=folder to write the numbers for docs/fidelity.md there (corpus.md, constructs.md).
/// </summary>
public class ConstructsFidelityTests
{
    private static readonly string Constructs = Path.Combine(RepoPaths.Fidelity, "constructs", "input");

    [SkippableFact]
    public void Every_construct_keeps_the_words_GitHub_shows_unless_a_diagnostic_names_them()
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        var result = FidelityMeasure.Of(Constructs);
        FidelityReport.WriteIfRequested("constructs.md", result);

        Assert.Equal(18, result.Pages.Count);
        var unexplained = result.Pages
            .Select(page =>
            {
                var named = result.NamedByDiagnostics(page);
                return (page.File, Lost: page.Lost.Where(word => !named.Counts.ContainsKey(word)).ToList());
            })
            .Where(page => page.Lost.Count > 0)
            .Select(page => $"{page.File} lost {page.Lost.Count} words no diagnostic names: {string.Join(" ", page.Lost)}")
            .ToList();
        Assert.True(unexplained.Count == 0, $"Kept {result.KeptWords} of {result.GitHubWords} words GitHub shows.\n"
            + string.Join("\n", unexplained) + "\nDiagnostics:\n" + string.Join("\n", result.Diagnostics));
    }

    [SkippableFact]
    public void Every_construct_gets_the_tables_lists_quotes_code_and_images_GitHub_gives_it()
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        string[] blocks = ["table", "tr", "li", "blockquote", "pre", "details", "img"];
        var generation = FidelityMeasure.Generate(Constructs, new DiagnosticBag());
        var html = generation.Pages.ToDictionary(p => p.SitePath, p => p.KeptHtml);
        var differences = new List<string>();
        foreach (var page in generation.Site.Content)
        {
            var github = FidelityMeasure.GitHubPage(FidelityMeasure.MarkdownOf(generation, page));
            var prose = new HtmlParser().ParseDocument(html[page.SitePath]).QuerySelector("article .prose")!;
            foreach (var block in blocks)
            {
                var (expected, actual) = (github.QuerySelectorAll(block).Length, prose.QuerySelectorAll(block).Length);
                if (expected != actual) differences.Add($"{page.Document.Source.Path}: {expected} <{block}> on GitHub, {actual} on the page");
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>Valid GitHub Markdown is no error: title-anchor links, templated URLs, raw images that exist.</summary>
    [Fact]
    public void Every_construct_builds_without_errors()
    {
        var diagnostics = new DiagnosticBag();
        FidelityMeasure.Generate(Constructs, diagnostics);

        var errors = diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// Markdown in, HTML out, for what only the Link stage can finish: a site of one language whose report
/// <c>r</c> has a first chapter with a table (<c>{#tbl-scores}</c>) and a chart (<c>{#fig-scores}</c>)
/// and a second chapter whose text after its heading (from line 7) is the case; the HTML is that
/// chapter's body as built.
/// </summary>
internal static class CrossReferenceSpec
{
    public const string SecondChapter = "02-data.md";

    /// <summary>The first chapter, with its numbered table and chart.</summary>
    public const string FirstChapterText = "## A\n\n```datatable source=index {#tbl-scores}\n```\n\n```chart source=index label=name value=score {#fig-scores}\n```\n";

    public static Dictionary<string, string> Files(string language, string markdown) => new()
    {
        ["site.yaml"] = $"title: Test\nlanguages: [{language}]\n",
        ["reports/r/report.yaml"] = "title: Report\nyear: 2024\n",
        [$"reports/r/{language}/01-intro.md"] = "---\ntitle: Intro\n---\n\n" + FirstChapterText,
        [$"reports/r/{language}/{SecondChapter}"] = "---\ntitle: Data\n---\n\n## B\n\n" + markdown + "\n",
        ["data/index.yaml"] = "title: Index\ncolumns:\n  - {key: name, label: Name}\n  - {key: score, label: Score, type: number}\n",
        ["data/index.csv"] = "name,score\nA,1.5\nB,2\n",
    };

    /// <summary>The second chapter's body as built, and the build's diagnostics.</summary>
    public static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Build(string language, string markdown, string? baseUrl = null) =>
        Build(Files(language, markdown), $"{language}/r/data/index.html", baseUrl);

    /// <summary>A page's body as built from <paramref name="files"/> (empty when the build failed), and the build's diagnostics.</summary>
    public static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Build(Dictionary<string, string> files, string page, string? baseUrl = null)
    {
        using var site = new TestSite(files);
        var result = site.Build(baseUrl);
        var prose = site.Exists(page) ? site.Html(page).QuerySelector(".prose") : null;
        return (prose?.InnerHtml.Trim() ?? "", result.Diagnostics);
    }

    /// <summary>The body of the second chapter, whose build must report nothing.</summary>
    public static string Html(string language, string markdown, string? baseUrl = null)
    {
        var (html, diagnostics) = Build(language, markdown, baseUrl);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        return html;
    }

    /// <summary>The body of the second chapter from its paragraph on (after its heading).</summary>
    public static string Text(string language, string markdown, string? baseUrl = null)
    {
        var html = Html(language, markdown, baseUrl);
        return html[html.IndexOf("<p>", StringComparison.Ordinal)..];
    }
}

using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// Markdown in, HTML out, as Markdig's spec tests: a page's body parsed (title "T" in its front
/// matter) and rendered with the site's pipeline, before any linking.
/// </summary>
internal static class Spec
{
    private static readonly Markdig.MarkdownPipeline Pipeline = ReportMarkdownPipeline.Create();

    /// <summary>One converter of formulas for all cases (a build has one per Parse stage): Temml is loaded once.</summary>
    private static readonly ReportSite.Markdown.Mathematics.MathTypesetter Math = new();

    /// <summary>The body's HTML, without the last line end.</summary>
    /// <param name="markdown">The page's body.</param>
    /// <param name="trustRawHtml">Whether raw HTML is published as written (else sanitised).</param>
    /// <param name="themeIds">The ids the theme writes around the body.</param>
    public static string Html(string markdown, bool trustRawHtml = false, params string[] themeIds) =>
        Render(markdown, trustRawHtml, new DiagnosticBag(), themeIds);

    /// <summary>The body's HTML, as <see cref="Html"/>, with its problems put in <paramref name="diagnostics"/>.</summary>
    public static string Render(string markdown, bool trustRawHtml, DiagnosticBag diagnostics, params string[] themeIds)
    {
        var source = new SourceDocument
        {
            Path = "reports/r/en/01-a.md", Kind = ContentKind.Chapter, Language = "en", ReportId = "r", FileStem = "01-a",
            FrontMatter = new FrontMatter { Title = "T" }, BodyFirstLine = 1, ContentHash = "",
        };
        var parsed = new DocumentParser(Pipeline).Parse(new MarkdownText(source, markdown), diagnostics, themeIds.ToHashSet(), Math);
        return new HtmlBodyRenderer(Pipeline, trustRawHtml, diagnostics)
            .Render(parsed.Body).TrimEnd('\n');
    }
}

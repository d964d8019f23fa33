using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// Markdown in, HTML out, as Markdig's spec tests: a page's body parsed (title "T" in its front
/// matter) and rendered with the site's pipeline, before any linking.
/// </summary>
internal static class Spec
{
    private static readonly Markdig.MarkdownPipeline Pipeline = ReportMarkdownPipeline.Create();

    /// <summary>The default theme's words, per language (callouts' labels).</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, ReportSite.Templating.I18nTable>> Strings = new(() =>
        ReportSite.Templating.ThemeLoader.Load(Path.Combine(RepoPaths.Themes, "default"), RepoPaths.ExampleInput, ["zh", "en"], default, new DiagnosticBag())!.I18n);

    /// <summary>One converter of formulas for all cases (a build has one for its stages): Temml is loaded once.</summary>
    private static readonly ReportSite.Markdown.Mathematics.MathTypesetter Math = new();

    /// <summary>The body's HTML, without the last line end.</summary>
    /// <param name="markdown">The page's body.</param>
    /// <param name="trustRawHtml">Whether raw HTML is published as written (else sanitised).</param>
    /// <param name="themeIds">The ids the theme writes around the body.</param>
    public static string Html(string markdown, bool trustRawHtml = false, params string[] themeIds) =>
        Html(markdown, "en", new DiagnosticBag(), trustRawHtml, themeIds);

    /// <summary>The body's HTML, as <see cref="Html(string, bool, string[])"/>, with its problems put in <paramref name="diagnostics"/>.</summary>
    public static string Render(string markdown, bool trustRawHtml, DiagnosticBag diagnostics, params string[] themeIds) =>
        Html(markdown, "en", diagnostics, trustRawHtml, themeIds);

    /// <summary>The body's HTML as a page in <paramref name="language"/> shows it (with the default theme's words), its problems in <paramref name="diagnostics"/>.</summary>
    public static string Html(string markdown, string language, DiagnosticBag diagnostics, bool trustRawHtml = false, params string[] themeIds)
    {
        var body = Parse(markdown, language, diagnostics, themeIds);
        return new HtmlBodyRenderer(Pipeline, trustRawHtml, diagnostics).Render(body).TrimEnd('\n');
    }

    /// <summary>The body's HTML in <paramref name="language"/> cut into the side-by-side view's sections, ids prefixed.</summary>
    public static ReportSite.SideBySide.BodySections Sections(string markdown, string language)
    {
        var diagnostics = new DiagnosticBag();
        var body = Parse(markdown, language, diagnostics, []);
        return ReportSite.SideBySide.BodySections.Split(new HtmlBodyRenderer(Pipeline, false, diagnostics).Render(body), body, language);
    }

    private static PageBody Parse(string markdown, string language, DiagnosticBag diagnostics, string[] themeIds)
    {
        var source = new SourceDocument
        {
            Path = $"reports/r/{language}/01-a.md", Kind = ContentKind.Chapter, Language = language, ReportId = "r", FileStem = "01-a",
            FrontMatter = new FrontMatter { Title = "T" }, BodyFirstLine = 1, ContentHash = "",
        };
        return new DocumentParser(Pipeline).Parse(new MarkdownText(source, markdown), diagnostics, themeIds.ToHashSet(), Strings.Value[language], Math).Body;
    }
}

using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown;
using ReportSite.Markdown.CrossReferences;
using ReportSite.Markdown.Numbering;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Linking;

/// <summary>
/// <see cref="CrossReferences"/> works from a page's <see cref="ParsedDocument.Targets"/> alone, whatever
/// their kind: a box (专栏) or an image figure is named like a table, in the default theme's words.
/// </summary>
public class CrossReferencesTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReportSite.Data.DataLabels>> Labels = new(() =>
        ReportSite.Templating.ThemeLoader.Load(Path.Combine(RepoPaths.Themes, "default"), RepoPaths.ExampleInput, ["zh", "en"], default, new DiagnosticBag())!
            .I18n.ToDictionary(t => t.Key, t => t.Value.DataLabels()));

    private static ContentPage Chapter(string language, string stem, int number, params NumberedTarget[] targets) => new()
    {
        Document = new ParsedDocument
        {
            Source = new SourceDocument
            {
                Path = $"reports/r/{language}/{stem}.md", Kind = ContentKind.Chapter, Language = language, ReportId = "r", FileStem = stem,
                FrontMatter = FrontMatter.None, BodyFirstLine = 1, ContentHash = "",
            },
            Title = stem, Outline = [], Anchors = new HashSet<string>(), Length = default, Targets = targets,
        },
        Slug = stem[3..], Number = number, Order = number, SitePath = $"{language}/r/{stem[3..]}/", TranslationGroup = $"chapter:r:{stem}",
    };

    [Theory]
    [InlineData("zh", "box-cases", "专栏3-1", "/zh/r/cases/#box-1")]
    [InlineData("en", "box-cases", "Box 3-1", "/en/r/cases/#box-1")]
    [InlineData("zh", "fig-map", "图3-2", "/zh/r/cases/#figure-2")]
    [InlineData("en", "fig-map", "Figure 3-2", "/en/r/cases/#figure-2")]
    public void Boxes_and_figures_are_named_in_the_pages_language_with_their_chapters_number(string language, string key, string label, string href)
    {
        var intro = Chapter(language, "01-intro", 1);
        var cases = Chapter(language, "03-cases", 3,
            new NumberedTarget(NumberedKind.Box, 1, "box-cases", 4, 0), new NumberedTarget(NumberedKind.Figure, 2, "fig-map", 9, 0));
        var references = new CrossReferences([intro, cases], Labels.Value, new UrlBuilder("/"));
        var reference = new CrossReferenceInline { Key = key };
        var diagnostics = new DiagnosticBag();
        references.Resolve(intro, reference, new SourceLocation(intro.Document.Source.Path, 5, 1), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal((label, href), (reference.Label, reference.Href));
        Assert.Equal(label, references.NameOf(intro, cases, key == "box-cases" ? "box-1" : "figure-2"));
    }
}

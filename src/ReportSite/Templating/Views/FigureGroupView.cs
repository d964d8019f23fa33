namespace ReportSite.Templating.Views;

/// <summary>The tables, figures (charts and images, numbered together) and boxes of one chapter, for the report's list of tables and figures.</summary>
internal sealed record FigureGroupView(
    int Number, string Title, string Url, IReadOnlyList<FigureLinkView> Tables, IReadOnlyList<FigureLinkView> Figures, IReadOnlyList<FigureLinkView> Boxes);

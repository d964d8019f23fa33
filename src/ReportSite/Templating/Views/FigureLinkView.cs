namespace ReportSite.Templating.Views;

/// <summary>An entry of a list of tables and figures: "表3-1 caption", linking to the table in its chapter.</summary>
internal sealed record FigureLinkView(string NumberLabel, string Caption, string Url);

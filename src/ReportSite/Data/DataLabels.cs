namespace ReportSite.Data;

/// <summary>The words a data block needs in one language (from the theme's i18n table), and its number format.</summary>
/// <param name="TableNumber">e.g. "表{n}" / "Table {n}".</param>
/// <param name="FigureNumber">e.g. "图{n}" / "Figure {n}".</param>
/// <param name="BoxNumber">e.g. "专栏{n}" / "Box {n}".</param>
/// <param name="Download">Text of the CSV download link.</param>
/// <param name="ChartData">Summary of the disclosure holding a chart's data table.</param>
/// <param name="UnitFormat">How a unit joins a label: "{label}（{unit}）" / "{label} ({unit})".</param>
/// <param name="ListSeparator">Between items of a list in running text: "、" / ", ".</param>
/// <param name="Numbers">Number formatting of the language.</param>
public sealed record DataLabels(string TableNumber, string FigureNumber, string BoxNumber, string Download, string ChartData, string UnitFormat, string ListSeparator, NumberFormatter Numbers)
{
    /// <summary>The theme's defaults ("Table {n}", "Figure {n}", "Box {n}"…), for a language whose table gives none.</summary>
    public static DataLabels Default { get; } = new Templating.I18nTable("en", new Dictionary<string, string>()).DataLabels();

    /// <summary>The numbered name of an element in this language: "表3-1", "Figure 3-1", "专栏3-1".</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="number">Its number, e.g. "3-1" (<see cref="Markdown.Numbering.NumberedTarget.Number"/>).</param>
    public string NumberLabel(Markdown.Numbering.NumberedKind kind, string number) => (kind switch
    {
        Markdown.Numbering.NumberedKind.Table => TableNumber,
        Markdown.Numbering.NumberedKind.Figure => FigureNumber,
        _ => BoxNumber,
    }).Replace("{n}", number);

    public string Header(DataColumn column, string language)
    {
        var label = column.Label.Get(language);
        var unit = column.Unit.Get(language);
        return unit.Length == 0 ? label : UnitFormat.Replace("{label}", label).Replace("{unit}", unit);
    }
}

namespace ReportSite.Templating;

/// <summary>
/// The theme's UI strings for one language (<c>themes/&lt;name&gt;/i18n/&lt;lang&gt;.yaml</c>), plus
/// the language's display name and HTML language tag, which every table must define.
/// </summary>
public sealed record I18nTable(string Language, IReadOnlyDictionary<string, string> Strings)
{
    public const string LanguageNameKey = "language_name";
    public const string HtmlLangKey = "html_lang";

    /// <summary>How the language names itself, e.g. 中文 or English.</summary>
    public string LanguageName => Strings.GetValueOrDefault(LanguageNameKey, Language);

    /// <summary>The BCP 47 tag for <c>lang</c> and <c>hreflang</c>, e.g. <c>zh-CN</c>.</summary>
    public string HtmlLang => Strings.GetValueOrDefault(HtmlLangKey, Language);

    /// <summary>The words and number format that data tables and charts need in this language.</summary>
    public Data.DataLabels DataLabels() => new(
        Strings.GetValueOrDefault("table_number", "Table {n}"),
        Strings.GetValueOrDefault("figure_number", "Figure {n}"),
        Strings.GetValueOrDefault("box_number", "Box {n}"),
        Strings.GetValueOrDefault("download_csv", "CSV"),
        Strings.GetValueOrDefault("chart_data", "Data"),
        Strings.GetValueOrDefault("unit_format", "{label} ({unit})"),
        Strings.GetValueOrDefault("list_separator", ", "),
        Data.NumberFormatter.For(HtmlLang));
}

using System.Globalization;

namespace ReportSite.Templating.Views;

/// <summary>Formats values for a reader of one language, using that language's i18n table.</summary>
internal sealed class ViewText(I18nTable strings)
{
    private readonly CultureInfo _culture = CultureFor(strings.HtmlLang);

    public string this[string key] => strings.Strings.GetValueOrDefault(key, key);

    /// <summary>The reader's culture, for sorting and formatting.</summary>
    public CultureInfo Culture => _culture;

    /// <summary>A date in the reader's format (i18n key <c>date_format</c>), e.g. 2024年11月21日 or 21 November 2024.</summary>
    public string? Date(DateOnly? date) =>
        date?.ToString(strings.Strings.GetValueOrDefault("date_format", "yyyy-MM-dd"), _culture);

    private static CultureInfo CultureFor(string tag)
    {
        try { return CultureInfo.GetCultureInfo(tag); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
}

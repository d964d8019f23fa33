using System.Text;

namespace ReportSite.PrintEdition;

/// <summary>
/// The stylesheet that puts a report's title in the running header of its print edition's pages
/// (the <c>@top-center</c> margin box of the theme's <c>@page edition</c>). A stylesheet of its own
/// because Chromium cannot take a margin box's text from the page (no <c>string-set</c>), and the
/// pages' Content-Security-Policy allows no inline style.
/// </summary>
internal static class RunningHeaderStyle
{
    public static string For(string title) =>
        $"/* The running header of this report's print edition (generated). */\n@page edition {{ @top-center {{ content: {CssString(title)}; }} }}\n";

    /// <summary>A CSS string of <paramref name="text"/>: quotes, backslashes, line breaks and other controls escaped as code points.</summary>
    public static string CssString(string text)
    {
        var css = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' || char.IsControl(c)) css.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            else css.Append(c);
        }
        return css.Append('"').ToString();
    }
}

using System.Text;

namespace ReportSite.Templating.Views;

/// <summary>
/// HTML that is made as a template writes it, straight into the page (an article's body: no
/// string of it is made per page). Where a template uses it as text instead (a filter, a
/// comparison), it is that HTML as a string.
/// </summary>
internal sealed class HtmlFragment(Action<StringBuilder> write) : IFormattable
{
    public void WriteTo(StringBuilder output) => write(output);

    public override string ToString()
    {
        var html = new StringBuilder();
        write(html);
        return html.ToString();
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}

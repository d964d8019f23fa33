using System.Text;

namespace ReportSite.Diagnostics;

/// <summary>
/// Makes a value from the input safe to print to a terminal or CI log: control characters
/// (C0, DEL, C1 — escape sequences, carriage returns, backspaces), line separators and bidi
/// overrides are shown visibly as <c>\u001b</c>, <c>\r</c>, <c>\n</c>…, so a file name or a value
/// cannot recolour the terminal, overwrite a line or fake a "0 errors" summary.
/// </summary>
public static class TerminalText
{
    /// <param name="text">The text to print.</param>
    /// <param name="keepLineBreaks">Leave \r and \n as they are, for a format that escapes them its own way (GitHub's %0A).</param>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        bool Escaped(char c) => NeedsEscape(c) && !(keepLineBreaks && c is '\r' or '\n');
        if (!text.Any(Escaped)) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!Escaped(c)) escaped.Append(c);
            else escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => $"\\u{(int)c:x4}",
            });
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}

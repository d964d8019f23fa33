using System.Text;

namespace ReportSite.Content;

/// <summary>Reads input text files as UTF-8 with any BOM dropped and CRLF/CR line ends made LF.</summary>
public static class TextFile
{
    public static string Read(string path) => Normalize(File.ReadAllText(path, Encoding.UTF8));

    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}

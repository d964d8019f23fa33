using Markdig.Renderers.Html;

namespace ReportSite.Markdown.StrictAttributes;

/// <summary>
/// Reads one attribute list, <c>{#id .class key=value key="quoted value"}</c>, and only when every
/// token in the braces has one of those shapes. Braces are common in report text (<c>x_{i=1}</c>,
/// <c>{name}</c>, <c>/routes/{id}</c>, <c>${GOARCH}</c>); anything that is not plainly an attribute
/// list is left to be text, as GitHub shows it.
/// </summary>
internal static class AttributeList
{
    /// <summary>
    /// The attributes of the list that starts <paramref name="text"/> (at its <c>{</c>), and in
    /// <paramref name="length"/> how many characters it takes up to and including the <c>}</c>; null
    /// when the braces hold anything else, nothing, or are not closed on the same line.
    /// </summary>
    public static HtmlAttributes? TryRead(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        if (text.IsEmpty || text[0] != '{') return null;
        var attributes = new HtmlAttributes();
        var tokens = 0;
        var i = 1;
        while (true)
        {
            var tokenStart = i;
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            if (i >= text.Length) return null;
            if (text[i] == '}') break;
            // Tokens are separated by spaces: "{.a,.b}" or "{#a.b=c}" is not a list.
            if (tokens > 0 && i == tokenStart) return null;
            i = ReadToken(text, i, attributes);
            if (i < 0) return null;
            tokens++;
        }
        if (tokens == 0) return null;
        length = i + 1;
        return attributes;
    }

    /// <summary>Reads the token at <paramref name="start"/> into <paramref name="attributes"/>; the index after it, or -1.</summary>
    private static int ReadToken(ReadOnlySpan<char> text, int start, HtmlAttributes attributes)
    {
        switch (text[start])
        {
            case '#':
            {
                var end = Run(text, start + 1, IsIdChar);
                if (end == start + 1) return -1;
                attributes.Id = text[(start + 1)..end].ToString();
                return end;
            }
            case '.':
            {
                // A class name starts like a CSS identifier: ".5" or ".." is text.
                if (start + 1 >= text.Length || !(char.IsLetter(text[start + 1]) || text[start + 1] is '_' or '-')) return -1;
                var end = Run(text, start + 1, IsClassChar);
                attributes.AddClass(text[(start + 1)..end].ToString());
                return end;
            }
            default:
                return ReadKeyValue(text, start, attributes);
        }
    }

    /// <summary><c>key=value</c>, <c>key="value"</c> or <c>key='value'</c>, the key an identifier and no spaces around <c>=</c>.</summary>
    private static int ReadKeyValue(ReadOnlySpan<char> text, int start, HtmlAttributes attributes)
    {
        if (!(char.IsAsciiLetter(text[start]) || text[start] == '_')) return -1;
        var keyEnd = Run(text, start + 1, IsKeyChar);
        if (keyEnd >= text.Length || text[keyEnd] != '=') return -1;
        var valueStart = keyEnd + 1;
        if (valueStart >= text.Length) return -1;
        int valueEnd, end;
        if (text[valueStart] is '"' or '\'')
        {
            var quote = text[valueStart];
            valueStart++;
            var close = text[valueStart..].IndexOfAny(quote, '\n');
            if (close < 0 || text[valueStart + close] != quote) return -1;
            valueEnd = valueStart + close;
            end = valueEnd + 1;
        }
        else
        {
            valueEnd = Run(text, valueStart, IsUnquotedValueChar);
            if (valueEnd == valueStart) return -1;
            end = valueEnd;
        }
        attributes.AddProperty(text[start..keyEnd].ToString(), text[valueStart..valueEnd].ToString());
        return end;
    }

    private static int Run(ReadOnlySpan<char> text, int start, Func<char, bool> belongs)
    {
        var i = start;
        while (i < text.Length && belongs(text[i])) i++;
        return i;
    }

    private static bool IsIdChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or ':' or '.';

    private static bool IsClassChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.';

    /// <summary>What HTML allows in an unquoted attribute value, less the braces that would end or nest the list.</summary>
    private static bool IsUnquotedValueChar(char c) => !char.IsWhiteSpace(c) && c is not ('"' or '\'' or '=' or '<' or '>' or '`' or '{' or '}');
}

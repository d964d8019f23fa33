namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// A start tag in raw HTML, read as a browser's tokenizer reads it (name and attributes end at a
/// space, '/' or '&gt;'; values may be quoted), with the offsets of its parts in the text read: what
/// lets the build point at the attribute an author wrote, and rewrite a URL in place.
/// </summary>
/// <param name="Name">The tag name as written.</param>
/// <param name="Start">Offset of the '&lt;'.</param>
/// <param name="End">Offset just after the closing '&gt;'.</param>
/// <param name="Attributes">The attributes in the order written.</param>
internal sealed record HtmlStartTag(string Name, int Start, int End, IReadOnlyList<HtmlTagAttribute> Attributes)
{
    /// <summary>The attribute a browser reads for <paramref name="name"/> (the first of duplicates), or null.</summary>
    public HtmlTagAttribute? Attribute(string name)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return attribute;
        return null;
    }

    /// <summary>Elements whose content is text, not tags: a '&lt;' inside them starts no element.</summary>
    private static readonly HashSet<string> TextContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>
    /// Every start tag in <paramref name="text"/>, in order. Comments, declarations, processing
    /// instructions and end tags are skipped, and so is the content of script, style, textarea and
    /// the other elements whose content is text: a tag commented out is not a tag.
    /// </summary>
    public static IEnumerable<HtmlStartTag> All(string text)
    {
        var i = text.IndexOf('<');
        while (i >= 0 && i < text.Length - 1)
        {
            var next = text[i + 1];
            if (text.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal)) i = After(text, "-->", i + 4);
            else if (next is '!' or '?' or '/') i = After(text, ">", i + 2);
            else if (char.IsAsciiLetter(next))
            {
                // A tag never closed takes the rest of the text with it, as in a browser.
                if (ReadAt(text, i) is not { } tag) yield break;
                yield return tag;
                i = tag.End;
                if (TextContent.Contains(tag.Name))
                {
                    var close = text.IndexOf("</" + tag.Name, i, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? text.Length : close;
                }
            }
            else i++;
            i = i < text.Length ? text.IndexOf('<', i) : -1;
        }
    }

    private static int After(string text, string end, int from)
    {
        var at = text.IndexOf(end, Math.Min(from, text.Length), StringComparison.Ordinal);
        return at < 0 ? text.Length : at + end.Length;
    }

    /// <summary>The start tag whose '&lt;' is at <paramref name="at"/>, or null when none starts there or it is never closed.</summary>
    public static HtmlStartTag? ReadAt(string text, int at)
    {
        if (at + 1 >= text.Length || text[at] != '<' || !char.IsAsciiLetter(text[at + 1])) return null;
        var i = at + 1;
        var nameEnd = EndOfName(text, i, stopAtEquals: false);
        var name = text[i..nameEnd];
        i = nameEnd;
        var attributes = new List<HtmlTagAttribute>();
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '/')) i++;
            if (i >= text.Length) return null;
            if (text[i] == '>') return new HtmlStartTag(name, at, i + 1, attributes);
            // A name may start with '=' (the tokenizer takes it as part of the name).
            var nameStart = i;
            i = EndOfName(text, i + 1, stopAtEquals: true);
            var attributeName = text[nameStart..i];
            var afterName = i;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '=')
            {
                attributes.Add(new HtmlTagAttribute(attributeName, nameStart, "", afterName, Quoted: false));
                i = afterName;
                continue;
            }
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) return null;
            if (text[i] is '"' or '\'')
            {
                var close = text.IndexOf(text[i], i + 1);
                if (close < 0) return null;
                attributes.Add(new HtmlTagAttribute(attributeName, nameStart, text[(i + 1)..close], i + 1, Quoted: true));
                i = close + 1;
            }
            else
            {
                var valueStart = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>') i++;
                attributes.Add(new HtmlTagAttribute(attributeName, nameStart, text[valueStart..i], valueStart, Quoted: false));
            }
        }
    }

    private static int EndOfName(string text, int i, bool stopAtEquals)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('/' or '>') && !(stopAtEquals && text[i] == '=')) i++;
        return i;
    }
}

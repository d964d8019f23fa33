using System.Text;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown;

/// <summary>The plain text of inline Markdown (emphasis, code and links reduced to their text).</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    /// <summary>Appends the plain text of inline Markdown to <paramref name="text"/>, untrimmed.</summary>
    public static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }

    /// <summary>Counts the reading length of inline Markdown's text, the same text <see cref="Of"/> gives.</summary>
    public static void Count(Inline inline, TextLength.Counter counter)
    {
        switch (inline)
        {
            case LiteralInline literal: counter.Add(literal.Content.AsSpan()); break;
            case CodeInline code: counter.Add(code.Content); break;
            case LineBreakInline: counter.Break(); break;
            case HtmlEntityInline entity: counter.Add(entity.Transcoded.AsSpan()); break;
            case ContainerInline container:
                foreach (var child in container) Count(child, counter);
                break;
        }
    }
}

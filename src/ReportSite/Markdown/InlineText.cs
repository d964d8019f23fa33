using System.Text;
using Markdig.Syntax.Inlines;

namespace ReportSite.Markdown;

/// <summary>The plain text of inline Markdown (emphasis, code, formulas and links reduced to their text).</summary>
internal static class InlineText
{
    /// <summary>Where the text goes: pieces of text, and breaks between words (a line break).</summary>
    public interface ISink
    {
        void Add(ReadOnlySpan<char> text);
        void Break();
    }

    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    /// <summary>Appends the plain text of inline Markdown to <paramref name="text"/>, untrimmed; a line break becomes a space.</summary>
    public static void Append(Inline inline, StringBuilder text) => Walk(inline, new BuilderSink(text));

    /// <summary>Hands the text of inline Markdown to <paramref name="sink"/> piece by piece, joining nothing.</summary>
    public static void Walk<TSink>(Inline inline, TSink sink) where TSink : ISink
    {
        switch (inline)
        {
            case LiteralInline literal: sink.Add(literal.Content.AsSpan()); break;
            case CodeInline code: sink.Add(code.Content); break;
            // A formula's text is its TeX as written (search finds it by that, never by its MathML).
            case Markdig.Extensions.Mathematics.MathInline math: sink.Add(math.Content.AsSpan()); break;
            // A cross-reference reads as its numbered name ("表2-1") once linked, as written before.
            case CrossReferences.CrossReferenceInline reference: sink.Add(reference.Text.AsSpan()); break;
            case LineBreakInline: sink.Break(); break;
            case HtmlEntityInline entity: sink.Add(entity.Transcoded.AsSpan()); break;
            case ContainerInline container:
                foreach (var child in container) Walk(child, sink);
                break;
        }
    }

    private readonly struct BuilderSink(StringBuilder text) : ISink
    {
        public void Add(ReadOnlySpan<char> piece) => text.Append(piece);
        public void Break() => text.Append(' ');
    }
}

using System.Buffers;
using System.Text;
using ReportSite.Templating.Views;
using Scriban.Runtime;

namespace ReportSite.Templating;

/// <summary>
/// Where a page's templates write: one large buffer per rendering worker, reused page after page,
/// so rendering a big site does not grow and drop a buffer per page. Not a
/// <see cref="StringBuilderOutput"/>, which Scriban shrinks (reallocating) after every render.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private const int InitialCapacity = 64 * 1024;
    private readonly StringBuilder _text = new(InitialCapacity);

    /// <summary>Empties the buffer for the next page (one left mid-render by a failed template included).</summary>
    public void Clear() => _text.Clear();

    public void Write(string text, int offset, int count) => _text.Append(text, offset, count);

    public void Append(HtmlFragment html) => html.WriteTo(_text);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Scriban's <c>Template.Render</c> asks for the page with ToString when a page is done; pages
    /// are taken with <see cref="TakePage"/> instead, so no string is made per page.
    /// </summary>
    public override string ToString() => string.Empty;

    /// <summary>
    /// Hands the page written to <paramref name="write"/> without spaces and tabs at line ends, and
    /// empties the buffer. Template tags on indented lines leave such spaces when they output
    /// nothing; stripping them keeps pages tidy (and passing HTML linters) whatever the theme's
    /// indentation. One copy out of the buffer, into a pooled array.
    /// </summary>
    public void TakePage(Action<ReadOnlySpan<char>> write)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(_text.Length, 1));
        try
        {
            _text.CopyTo(0, buffer, _text.Length);
            var length = WithoutTrailingWhitespace(buffer.AsSpan(0, _text.Length));
            _text.Clear();
            write(buffer.AsSpan(0, length));
        }
        finally { ArrayPool<char>.Shared.Return(buffer); }
    }

    /// <summary>
    /// Removes spaces and tabs before each line end (LF or CRLF) in place; returns the new length.
    /// Line ends are found with a vectorised search; text moves only after the first removal.
    /// </summary>
    internal static int WithoutTrailingWhitespace(Span<char> text)
    {
        int read = 0, kept = 0;
        while (read < text.Length)
        {
            var newline = text[read..].IndexOf('\n');
            if (newline < 0)
            {
                if (kept != read) text[read..].CopyTo(text[kept..]);
                kept += text.Length - read;
                break;
            }
            var lineEnd = read + newline;
            var end = lineEnd > read && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var start = end;
            while (start > read && text[start - 1] is ' ' or '\t') start--;
            // Keep the line up to its trailing blanks, then its line end.
            if (kept != read) text[read..start].CopyTo(text[kept..]);
            kept += start - read;
            if (kept != end) text[end..(lineEnd + 1)].CopyTo(text[kept..]);
            kept += lineEnd + 1 - end;
            read = lineEnd + 1;
        }
        return kept;
    }
}

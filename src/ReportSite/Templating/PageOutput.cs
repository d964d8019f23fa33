using System.Text;
using Scriban.Runtime;

namespace ReportSite.Templating;

/// <summary>
/// Where a page's templates write: one large buffer per rendering thread, reused page after page,
/// so rendering a big site does not grow and drop a buffer per page. Not a
/// <see cref="StringBuilderOutput"/>, which Scriban shrinks (reallocating) after every render.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private const int InitialCapacity = 64 * 1024;
    private readonly StringBuilder _text = new(InitialCapacity);

    [ThreadStatic] private static PageOutput? _forThisThread;

    /// <summary>This thread's buffer, empty.</summary>
    public static PageOutput ForThisThread()
    {
        var output = _forThisThread ??= new PageOutput();
        output._text.Clear();
        return output;
    }

    public void Write(string text, int offset, int count) => _text.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// What was written since the last call, emptying the buffer: <c>Template.Render</c> returns this,
    /// so each render gives its own text and the next starts from an empty buffer.
    /// </summary>
    public override string ToString()
    {
        var text = _text.ToString();
        _text.Clear();
        return text;
    }
}

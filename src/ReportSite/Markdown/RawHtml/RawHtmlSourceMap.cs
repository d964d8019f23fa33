namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// Where each piece of raw HTML in a rendered page body came from in the page's Markdown. Everything
/// else in the body is the build's own HTML: the sanitiser checks only what an author wrote, and
/// reports it at the place the author wrote it.
/// </summary>
internal sealed class RawHtmlSourceMap
{
    private readonly List<Segment> _segments = [];

    /// <param name="OutputStart">Offset of the piece in the body.</param>
    /// <param name="Length">Length of the piece in the body.</param>
    /// <param name="Source">Where the piece starts in the Markdown.</param>
    /// <param name="Verbatim">The output is the Markdown text character for character; otherwise (a rewritten URL) every offset maps to where the piece starts.</param>
    private readonly record struct Segment(int OutputStart, int Length, MarkdownPosition Source, bool Verbatim);

    /// <summary>Records that the body's characters from <paramref name="outputStart"/> on were written from the Markdown at <paramref name="source"/> (one line of it). Pieces come in output order.</summary>
    public void Add(int outputStart, int length, MarkdownPosition source, bool verbatim)
    {
        if (length > 0) _segments.Add(new Segment(outputStart, length, source, verbatim));
    }

    /// <summary>Where in the Markdown the body's character at <paramref name="outputOffset"/> was written, or null when the build wrote it.</summary>
    public MarkdownPosition? Source(int outputOffset)
    {
        int low = 0, high = _segments.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var segment = _segments[middle];
            if (outputOffset < segment.OutputStart) high = middle - 1;
            else if (outputOffset >= segment.OutputStart + segment.Length) low = middle + 1;
            else return segment.Verbatim ? segment.Source.Plus(outputOffset - segment.OutputStart) : segment.Source;
        }
        return null;
    }
}

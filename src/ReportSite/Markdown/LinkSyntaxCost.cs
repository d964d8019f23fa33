using ReportSite.Search;

namespace ReportSite.Markdown;

/// <summary>
/// Markdig's inline link parser takes quadratic time on two shapes of text: many <c>](</c> in one
/// run without spaces (each link destination is scanned to the run's end: 200 KB of <c>[a](</c>
/// takes 20 s) and many <c>](</c> under many unclosed <c>[</c> (10,000 nested brackets: 5 s).
/// One linear pass estimates both costs so a page built to hang the build is refused first.
/// Real text stays far below the bounds: spaces end destinations and brackets close.
/// </summary>
internal static class LinkSyntaxCost
{
    /// <summary>Characters Markdig would scan for link destinations (about 0.7 s of parsing).</summary>
    public const long MaxDestinationScan = 200_000_000;

    /// <summary>Open brackets Markdig would revisit at link ends (about 0.5 s of parsing).</summary>
    public const long MaxBracketScan = 5_000_000;

    /// <summary>The index in <paramref name="text"/> where the estimated cost passes a bound, or -1.</summary>
    public static int TooCostlyAt(string text) => TooCostlyAt(text, MaxDestinationScan, MaxBracketScan);

    /// <summary>As <see cref="TooCostlyAt(string)"/> with the given bounds.</summary>
    internal static int TooCostlyAt(string text, long maxDestinationScan, long maxBracketScan)
    {
        long destinationScan = 0, bracketScan = 0;
        int pendingDestinations = 0, openBrackets = 0;
        var classes = CharClasses.Table;
        for (var i = 0; i < text.Length; i++)
        {
            if (pendingDestinations == 0)
            {
                // Until a link destination opens, only brackets and line ends change anything: skip to the next.
                var next = text.AsSpan(i).IndexOfAny('[', ']', '\n');
                if (next < 0) return -1;
                i += next;
            }
            var c = text[i];
            if (classes[c] == CharClasses.Space)
            {
                pendingDestinations = 0;
                // Links do not cross paragraphs.
                if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') openBrackets = 0;
                continue;
            }
            destinationScan += pendingDestinations;
            if (c == '[') openBrackets++;
            else if (c == ']')
            {
                if (i + 1 < text.Length && text[i + 1] == '(')
                {
                    pendingDestinations++;
                    bracketScan += openBrackets;
                }
                if (openBrackets > 0) openBrackets--;
            }
            if (destinationScan > maxDestinationScan || bracketScan > maxBracketScan) return i;
        }
        return -1;
    }
}

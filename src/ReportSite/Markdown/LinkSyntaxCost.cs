namespace ReportSite.Markdown;

/// <summary>
/// Markdig's inline link parser takes quadratic time on two shapes of text: many <c>](</c> in one
/// run without spaces (each link destination is scanned to the run's end: 200 KB of <c>[a](</c>
/// takes 20 s) and many <c>](</c> under many unclosed <c>[</c> (10,000 nested brackets: 5 s).
/// One linear pass estimates both costs so a page built to hang the build is refused first.
/// Real text stays far below the bounds: spaces end destinations and brackets close.
/// </summary>
public static class LinkSyntaxCost
{
    /// <summary>Characters Markdig would scan for link destinations (about 0.7 s of parsing).</summary>
    public const long MaxDestinationScan = 200_000_000;

    /// <summary>Open brackets Markdig would revisit at link ends (about 0.5 s of parsing).</summary>
    public const long MaxBracketScan = 5_000_000;

    /// <summary>The index in <paramref name="text"/> where the estimated cost passes a bound, or -1.</summary>
    public static int TooCostlyAt(string text) => TooCostlyAt(text, MaxDestinationScan, MaxBracketScan);

    /// <summary>
    /// As <see cref="TooCostlyAt(string)"/> with the given bounds. Runs of characters that are
    /// neither brackets nor white space change nothing but the destination scan, so they are skipped
    /// with a vectorised search and counted at once.
    /// </summary>
    internal static int TooCostlyAt(string text, long maxDestinationScan, long maxBracketScan)
    {
        long destinationScan = 0, bracketScan = 0;
        int pendingDestinations = 0, openBrackets = 0;
        var i = 0;
        while (i < text.Length)
        {
            var run = text.AsSpan(i).IndexOfAny(Stops);
            var runEnd = run < 0 ? text.Length : i + run;
            if (pendingDestinations > 0 && runEnd > i)
            {
                // Each character of the run adds the pending destinations: where does the sum pass the bound?
                if (destinationScan + (long)(runEnd - i) * pendingDestinations > maxDestinationScan)
                    return i + (int)((maxDestinationScan - destinationScan) / pendingDestinations);
                destinationScan += (long)(runEnd - i) * pendingDestinations;
            }
            if (runEnd == text.Length) break;
            i = runEnd;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingDestinations = 0;
                // Links do not cross paragraphs.
                if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') openBrackets = 0;
                i++;
                continue;
            }
            destinationScan += pendingDestinations;
            if (c == '[') openBrackets++;
            else
            {
                if (i + 1 < text.Length && text[i + 1] == '(')
                {
                    pendingDestinations++;
                    bracketScan += openBrackets;
                }
                if (openBrackets > 0) openBrackets--;
            }
            if (destinationScan > maxDestinationScan || bracketScan > maxBracketScan) return i;
            i++;
        }
        return -1;
    }

    /// <summary>Brackets and every character <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create(
        "[]" + new string(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray()));
}

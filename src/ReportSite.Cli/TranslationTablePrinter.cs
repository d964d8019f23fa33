using System.Text;
using ReportSite.Diagnostics;
using ReportSite.Translations;

namespace ReportSite.Cli;

/// <summary>Prints translation status tables as aligned text; Chinese characters count as two columns, as terminals show them.</summary>
public static class TranslationTablePrinter
{
    public static void Print(IReadOnlyList<TranslationTable> tables, IReadOnlyList<string> languages, string? gitUnavailable, TextWriter output)
    {
        foreach (var table in tables)
        {
            output.WriteLine(TerminalText.Escape(table.Heading));
            var header = new[] { "#", "chapter" }.Concat(languages).Append("status").ToArray();
            var rows = table.Rows.Select(r => new[] { r.Number > 0 ? r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "", Truncate(r.Title, 28) }
                .Concat(languages.Select(l => r.Files[l] is { } f ? Path.GetFileName(f) : "—"))
                .Append(Status(r))
                .Select(cell => TerminalText.Escape(cell)) // titles and file names are the authors' text
                .ToArray()).ToList();
            var widths = header.Select((h, i) => rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
            output.WriteLine("  " + Line(header, widths));
            foreach (var row in rows) output.WriteLine("  " + Line(row, widths));
            output.WriteLine();
        }
        var counts = tables.SelectMany(t => t.Rows).GroupBy(r => r.State).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {Word(g.Key)}");
        var headingsDiffer = tables.SelectMany(t => t.Rows).Count(r => r.HeadingsDiffer.Length > 0);
        output.WriteLine($"Translations: {string.Join(", ", counts)}{(headingsDiffer > 0 ? $"; {headingsDiffer} with different headings (RS0504)" : "")}.");
        if (gitUnavailable is not null)
            output.WriteLine($"'possibly stale' needs git history, which is not available: {TerminalText.Escape(gitUnavailable)}. File times are not used: git does not keep them.");
    }

    private static string Status(TranslationRow row) =>
        (row.Note.Length == 0 ? Word(row.State) : $"{Word(row.State)}: {row.Note}")
        + (row.HeadingsDiffer.Length == 0 ? "" : $"; headings differ ({row.HeadingsDiffer})");

    private static string Word(TranslationState state) => state switch
    {
        TranslationState.Ok => "ok",
        TranslationState.Missing => "missing",
        TranslationState.Stale => "stale",
        TranslationState.OneLanguage => "one language",
        _ => "possibly stale",
    };

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c + new string(' ', widths[i] - Width(c)))).TrimEnd();

    private static string Truncate(string text, int width)
    {
        if (Width(text) <= width) return text;
        var result = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Width(result.ToString()) + RuneWidth(rune) > width - 1) break;
            result.Append(rune.ToString());
        }
        return result + "…";
    }

    private static int Width(string text) => text.EnumerateRunes().Sum(RuneWidth);

    /// <summary>East Asian wide and full-width characters take two terminal columns.</summary>
    private static int RuneWidth(Rune rune) => rune.Value is
        (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or
        (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or
        (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD) ? 2 : 1;
}

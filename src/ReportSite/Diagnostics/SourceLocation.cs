namespace ReportSite.Diagnostics;

/// <summary>A position in an input file: path relative to the site root, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);

    /// <summary>
    /// The place of <paramref name="index"/> in <paramref name="text"/> of <paramref name="file"/>,
    /// where the text starts on the file's line <paramref name="firstLine"/> (front matter, a page body).
    /// </summary>
    public static SourceLocation InText(string file, string text, int index, int firstLine = 1)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new(file, firstLine + text.AsSpan(0, index).Count('\n'), index - lineStart + 1);
    }

    public SourceLocation Shift(int lines) => Line > 0 ? this with { Line = Line + lines } : this;
}

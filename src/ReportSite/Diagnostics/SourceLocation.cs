namespace ReportSite.Diagnostics;

/// <summary>A position in an input file: path relative to the site root, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);

    public SourceLocation Shift(int lines) => Line > 0 ? this with { Line = Line + lines } : this;
}

namespace ReportSite.Markdown.CodeHighlighting;

/// <summary>Characters <see cref="Start"/> to <see cref="End"/> (exclusive) of a code line, written in a span of <see cref="Class"/>.</summary>
internal readonly record struct TokenRun(int Start, int End, string Class);

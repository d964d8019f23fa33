namespace ReportSite.Build;

/// <summary>What a build wrote: HTML pages per language (site order), and how many files in all.</summary>
internal sealed record WrittenOutput(IReadOnlyList<KeyValuePair<string, int>> PagesByLanguage, int Files);

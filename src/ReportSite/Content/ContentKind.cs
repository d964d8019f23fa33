namespace ReportSite.Content;

/// <summary>What a Markdown source is: a chapter of a report or a standalone page.</summary>
public enum ContentKind
{
    Chapter,
    Page,
}

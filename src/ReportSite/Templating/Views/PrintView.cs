namespace ReportSite.Templating.Views;

/// <summary>
/// A report's print edition in one language: its cover (from <see cref="Report"/>), its contents and
/// every chapter in order, and the stylesheet with the title of its pages' running header.
/// </summary>
internal sealed record PrintView(ReportView Report, IReadOnlyList<PrintChapterView> Chapters, string RunningHeaderUrl);

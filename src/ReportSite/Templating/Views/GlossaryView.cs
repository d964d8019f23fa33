namespace ReportSite.Templating.Views;

/// <summary>The glossary page: introduction and terms sorted in the page's language (pinyin order for Chinese).</summary>
internal sealed record GlossaryView(string Introduction, IReadOnlyList<GlossaryTermView> Terms);

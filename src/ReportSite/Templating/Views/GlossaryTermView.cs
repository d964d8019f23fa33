namespace ReportSite.Templating.Views;

/// <summary>A glossary entry in the page's language, with the term in the other languages.</summary>
internal sealed record GlossaryTermView(string Id, string Term, string Definition, IReadOnlyList<TranslationTermView> OtherTerms);

/// <summary>The term in another language, tagged with that language.</summary>
internal sealed record TranslationTermView(string HtmlLang, string Term);

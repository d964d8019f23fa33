using ReportSite.Configuration;

namespace ReportSite.Data;

/// <summary>A glossary entry: the term in each language and its definition in each language.</summary>
/// <param name="Id">Anchor shared by every language (from the English term).</param>
/// <param name="Term">The term per language.</param>
/// <param name="Definition">The definition per language.</param>
public sealed record GlossaryTerm(string Id, LocalizedText Term, LocalizedText Definition);

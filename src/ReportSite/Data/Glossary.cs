using ReportSite.Configuration;

namespace ReportSite.Data;

/// <summary>The bilingual glossary from <c>input/data/glossary.yaml</c>.</summary>
public sealed record Glossary(LocalizedText Title, LocalizedText Introduction, IReadOnlyList<GlossaryTerm> Terms);

using ReportSite.Diagnostics;

namespace ReportSite.Tests.Fidelity;

public class FidelityResultTests
{
    [Fact]
    public void A_diagnostic_excuses_only_the_words_it_quotes_or_gives_as_a_tag()
    {
        var page = new PageFidelity("reports/r/en/01-x.md", "en", 10, 5, ["it", "Tabs", "secret", "x"]);
        var result = new FidelityResult([page],
        [
            new Diagnostic(Severity.Warning, "RS0210", "reports/r/en/01-x.md", 3, 1, "Raw HTML <tabs> was removed; it had 'secret' and `x`."),
            new Diagnostic(Severity.Warning, "RS0210", "reports/r/en/02-y.md", 3, 1, "Raw HTML <it> was removed."),
        ]);

        Assert.Equal(["secret", "tabs", "x"], result.NamedByDiagnostics(page).Counts.Keys.Order(StringComparer.Ordinal));
    }
}

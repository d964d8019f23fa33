using ReportSite.Tests.Support;
namespace ReportSite.Tests.Fidelity;

/// <summary>
/// Issue 17's fidelity corpus: 221 zh/en pairs of real component docs from npm packages
/// (docs/fidelity.md), built with the default settings and compared word for word with GitHub.
/// </summary>
public class CorpusFidelityTests(CorpusFidelity corpus) : IClassFixture<CorpusFidelity>
{
    [SkippableFact]
    public void Real_bilingual_docs_keep_at_least_99_5_percent_of_the_words_GitHub_shows()
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        var result = corpus.Result;

        Assert.All(new[] { "zh", "en" }, language => Assert.True(result.Pages.Count(p => p.Language == language) >= 200,
            $"The corpus has fewer than 200 {language} pages."));
        Assert.True(result.KeptShare >= 0.995,
            $"Kept {result.KeptWords} of {result.GitHubWords} words GitHub shows ({result.KeptShare:P2}); the target is 99.5%.\n"
            + FidelityReport.Markdown(result));
    }

    /// <summary>The share over the whole corpus would hide a page published empty (one page is 0.2% of it).</summary>
    [SkippableFact]
    public void No_real_page_loses_more_than_1_percent_of_the_words_GitHub_shows()
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        var poor = corpus.Result.Pages
            .Where(page => page.KeptWords < 0.99 * page.GitHubWords)
            .Select(page => $"{page.File}: kept {page.KeptWords} of {page.GitHubWords}, lost {string.Join(" ", page.Lost.Distinct().Take(20))}")
            .ToList();
        Assert.True(poor.Count == 0, string.Join("\n", poor));
    }
}

using ReportSite.Search;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Search;

public class SearchIndexTests
{
    private static TestSite Site() => new(SiteFiles.Minimal()
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n开篇文字。\n\n## 数据治理\n\n数据治理是核心议题。\n\n## 数字政府\n\n数字政府建设。数据与政府。\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\nOpening text.\n\n## Data governance\n\nData governance is the core issue.\n\n## Digital government\n\nGovernments build digital services.\n"));

    [Fact]
    public void Sections_run_from_heading_to_heading_and_link_to_their_anchor()
    {
        using var site = Site();
        site.BuildOk(baseUrl: "/report-site/");
        var index = new SearchIndexReader(site.Output, "zh");
        Assert.Equal(3, index.Manifest.GetProperty("sections").GetInt32());
        var urls = Enumerable.Range(0, 3).Select(i => index.Fragment(i).GetProperty("u").GetString()).ToList();
        Assert.Contains("/report-site/zh/r/intro/", urls);
        Assert.Contains("/report-site/zh/r/intro/#sec-1", urls);
        Assert.Contains("/report-site/zh/r/intro/#sec-2", urls);
        var governance = index.Fragment(urls.IndexOf("/report-site/zh/r/intro/#sec-1"));
        Assert.Equal("数据治理", governance.GetProperty("h").GetString());
        Assert.Equal("引言", governance.GetProperty("t").GetString());
        Assert.Contains("测试报告", governance.GetProperty("c").GetString());
        Assert.Equal("数据治理是核心议题。", governance.GetProperty("x").GetString());
    }

    [Fact]
    public void Terms_are_bigrams_with_their_sections_and_heading_flags()
    {
        using var site = Site();
        site.BuildOk();
        var index = new SearchIndexReader(site.Output, "zh");
        Assert.True(index.Terms.ContainsKey("治理"));
        Assert.False(index.Terms.ContainsKey("数据治理"));
        var phrase = index.Terms["据治"]; // only in the section "数据治理", where it is also the heading
        var (section, impact) = Assert.Single(phrase.Postings);
        Assert.Equal("数据治理", index.Fragment(section).GetProperty("h").GetString());
        Assert.NotEqual(0, impact & Posting.InHeading);
        Assert.Equal(0, impact & Posting.InTitle);
        Assert.Equal(2, index.Terms["数据"].DocumentFrequency);
        Assert.All(index.Terms["引言"].Postings, p => Assert.NotEqual(0, p.Impact & Posting.InTitle));
        var english = new SearchIndexReader(site.Output, "en");
        Assert.True(english.Terms.ContainsKey("govern")); // "government" and "Governments" under their stem
        Assert.Equal("govern", english.Stems["governments"]);
    }

    [Fact]
    public void More_occurrences_give_a_higher_weight()
    {
        Assert.True(Posting.Encode(1.8, false, false) > Posting.Encode(0.9, false, false));
        Assert.Equal(Posting.WeightBits, Posting.Encode(Posting.K1 + 1, false, false));
        Assert.Equal(1, Posting.Encode(0, false, false) & Posting.WeightBits);
    }

    [Fact]
    public void Chunks_are_in_term_order_and_the_index_is_byte_identical_across_builds()
    {
        using var site = Site();
        site.BuildOk();
        var firstTerms = new SearchIndexReader(site.Output, "zh").Manifest.GetProperty("chunks").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(firstTerms.Order(StringComparer.Ordinal), firstTerms);
        var before = Directory.GetFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f), File.ReadAllBytes);
        site.BuildOk();
        var after = Directory.GetFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f), File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
    }

    [Fact]
    public void Changed_content_moves_the_index_to_a_new_hashed_folder()
    {
        using var site = Site();
        site.BuildOk();
        var first = new SearchIndexReader(site.Output, "en").Manifest.GetProperty("base").GetString();
        File.AppendAllText(Path.Combine(site.Input, "reports/r/en/01-intro.md"), "\nMore text.\n");
        site.BuildOk();
        var second = new SearchIndexReader(site.Output, "en").Manifest.GetProperty("base").GetString();
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Every_page_has_a_search_box_leading_to_the_search_page()
    {
        using var site = Site();
        site.BuildOk(baseUrl: "/report-site/");
        var form = site.Html("zh/r/intro/index.html").QuerySelector("form.site-search[role=search]")!;
        Assert.Equal("/report-site/zh/search/", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input")!.GetAttribute("name"));
        var search = site.Html("en/search/index.html").QuerySelector("form[data-search]")!;
        Assert.Contains("/report-site/search/zh/manifest.json", search.GetAttribute("data-manifests"));
        Assert.Contains("/report-site/search/en/manifest.json", search.GetAttribute("data-manifests"));
    }

    [Fact]
    public void Sections_tokenised_in_slices_side_by_side_give_the_same_index_as_one_pass()
    {
        // Terms recur across slice boundaries, new ones appear in every slice, pages repeat titles.
        var words = new[] { "数据", "治理", "digital", "economy", "数字", "经济", "governance", "网络", "安全", "platforms" };
        var sections = Enumerable.Range(0, 300).Select(i => new SearchSection("zh", $"/zh/r/c{i / 3}/#sec-{i % 3}", $"第{i / 3}章 {words[i / 3 % words.Length]}",
            i % 3 == 0 ? "" : $"{words[i % words.Length]}{i}", "测试报告",
            string.Join(" ", Enumerable.Range(0, i % 17 + 1).Select(j => words[(i * 7 + j) % words.Length] + (j % 5 == 0 ? $"术语{i}" : ""))))
        { Secondary = i >= 290 }).ToList();
        var once = SearchIndexBuilder.Build("zh", sections, slices: 1, CancellationToken.None);
        foreach (var slices in new[] { 2, 3, 7 })
        {
            var sliced = SearchIndexBuilder.Build("zh", sections, slices, CancellationToken.None);
            Assert.Equal(once.Select(f => f.SitePath), sliced.Select(f => f.SitePath));
            Assert.All(once.Zip(sliced), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        }
    }

    [Fact]
    public void A_build_writes_the_index_the_preview_keeps_in_memory()
    {
        using var site = Site();
        site.BuildOk();
        var options = new ReportSite.Build.BuildOptions { InputDirectory = site.Input, OutputDirectory = site.Output, ThemeSearchPaths = [RepoPaths.Themes] };
        var preview = new ReportSite.Build.SiteBuilder().Generate(options, new ReportSite.Diagnostics.DiagnosticBag(), new ReportSite.Build.StageTimer(), CancellationToken.None)!;
        var kept = preview.Files.Where(f => f.SitePath.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.SitePath, f => f.Content);
        var written = Directory.GetFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), File.ReadAllBytes);
        Assert.Contains(kept.Keys, path => path.Contains("/t/", StringComparison.Ordinal));
        Assert.Equal(kept.Keys.Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        Assert.All(kept, f => Assert.Equal(f.Value, written[f.Key]));
    }
}

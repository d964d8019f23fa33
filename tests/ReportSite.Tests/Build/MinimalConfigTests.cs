using ReportSite.Tests.Support;

namespace ReportSite.Tests.Build;

/// <summary>The benchmark corpus (../shared/bench/gen-corpus.py) uses the smallest valid input; it must build as it is.</summary>
public class MinimalConfigTests
{
    [Fact]
    public void Site_with_only_title_and_languages_builds_with_the_default_theme()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yaml"] = "title:\n  zh: 基准报告站点\n  en: Benchmark Report Site\nlanguages: [zh, en]\n",
            ["reports/report-2001/report.yaml"] = "title:\n  zh: 互联网发展报告2001\n  en: Internet Development Report 2001\nyear: 2001\n",
            ["reports/report-2001/zh/01-infrastructure.md"] =
                "---\ntitle: \"信息基础设施（1）\"\nsummary: \"摘要。\"\norder: 1\n---\n\n## 1. 宽带\n\n参见 [2](./02-technology.md).\n",
            ["reports/report-2001/en/01-infrastructure.md"] =
                "---\ntitle: \"Information Infrastructure (1)\"\nsummary: \"Summary.\"\norder: 1\n---\n\n## 1. Broadband\n\nSee [2](./02-technology.md).\n",
            ["reports/report-2001/zh/02-technology.md"] = "---\ntitle: \"数字技术与创新（2）\"\norder: 2\n---\n\n| 国家和地区 | 指数 |\n|---|---:|\n| 宽带 | 45.10 |\n",
            ["reports/report-2001/en/02-technology.md"] = "---\ntitle: \"Digital Technology and Innovation (2)\"\norder: 2\n---\n\n| Country | Index |\n|---|---:|\n| x | 45.10 |\n",
        });
        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
        // Home, report index, search, two chapters, their two side-by-side views and the print edition per language.
        Assert.Equal([KeyValuePair.Create("zh", 8), KeyValuePair.Create("en", 8)], result.PagesByLanguage);
        Assert.Equal("/zh/report-2001/technology/", site.Html("zh/report-2001/infrastructure/index.html").QuerySelector(".prose p a")!.GetAttribute("href"));
        Assert.True(site.Exists("index.html"));
        Assert.True(site.Exists("404.html"));
    }
}

using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Diagnostics;

/// <summary>
/// Breaks a good site one way at a time and asserts the exact diagnostic (code, file, line, column)
/// and, for errors, that the last good output is left exactly as it was.
/// </summary>
public class BadInputTests
{
    /// <summary>One way to break the site: files to write (or, with a null text, delete) and the diagnostic expected.</summary>
    public sealed record Case(string Name, (string Path, string? Text)[] Changes, string Code, string File, int Line, int Column)
    {
        public override string ToString() => Name;
    }

    private const string Chapter = "reports/r/zh/01-intro.md";
    private const string English = "reports/r/en/01-intro.md";

    private static Dictionary<string, string> GoodSite() => SiteFiles.Minimal()
        .With("reports/r/zh/02-data.md", "---\ntitle: 数据\n---\n\n## 数据要素\n\n正文。\n")
        .With("reports/r/en/02-data.md", "---\ntitle: Data\n---\n\n## Data factors\n\nText.\n")
        .With("reports/r/images/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>")
        .With("pages/zh/about.md", "---\ntitle: 关于\n---\n\n关于。\n")
        .With("pages/en/about.md", "---\ntitle: About\n---\n\nAbout.\n")
        .With("data/index.yaml", "title: 指数\ncolumns:\n  - {key: name, label: 名称}\n  - {key: score, label: 得分, type: number}\n")
        .With("data/index.csv", "name,score\n甲,1.5\n乙,2\n");

    private static Case C(string name, string path, string? text, string code, string file, int line, int column) =>
        new(name, [(path, text)], code, file, line, column);

    public static TheoryData<Case> Cases() =>
    [
        C("order is not a number", Chapter, "---\ntitle: 引言\norder: abc\n---\n\n正文\n", "RS0102", Chapter, 3, 8),
        C("draft is not a boolean", Chapter, "---\ntitle: 引言\ndraft: maybe\n---\n\n正文\n", "RS0102", Chapter, 3, 8),
        C("date is not YYYY-MM-DD", Chapter, "---\ntitle: 引言\ndate: 21/11/2024\n---\n\n正文\n", "RS0102", Chapter, 3, 7),
        C("keywords is a mapping", Chapter, "---\ntitle: 引言\nkeywords: {a: b}\n---\n\n正文\n", "RS0102", Chapter, 3, 11),
        C("title is a list", Chapter, "---\ntitle: [a, b]\n---\n\n正文\n", "RS0102", Chapter, 2, 8),
        C("translated_from is text", English, "---\ntitle: Intro\ntranslated_from: zh\n---\n\nText\n", "RS0102", English, 3, 18),
        C("no title anywhere", Chapter, "---\nsummary: 摘要\n---\n\n正文\n", "RS0103", Chapter, 1, 1),
        C("duplicate key", Chapter, "---\ntitle: 引言\nsummary: a\nsummary: b\n---\n\n正文\n", "RS0107", Chapter, 4, 1),
        C("unterminated front matter", Chapter, "---\ntitle: 引言\n\n正文\n", "RS0105", Chapter, 1, 1),
        C("tab in front matter", Chapter, "---\ntitle: 引言\n\tsummary: x\n---\n\n正文\n", "RS0101", Chapter, 3, 1),
        C("YAML syntax error", Chapter, "---\ntitle: 引言\nsummary: \"unclosed\n---\n\n正文\n", "RS0101", Chapter, 3, 10),
        C("CRLF and BOM keep line numbers", Chapter, "\uFEFF---\r\ntitle: 引言\r\n\r\norder: x\r\n---\r\n\r\n正文\r\n", "RS0102", Chapter, 4, 8),
        C("site.yaml without title", "site.yaml", "languages: [zh, en]\n", "RS0103", "site.yaml", 1, 1),
        C("site.yaml text for an unknown language", "site.yaml", "title: {zh: 站点, en: Site, fr: Site}\nlanguages: [zh, en]\n", "RS0106", "site.yaml", 1, 27),
        C("default language not listed", "site.yaml", "title: {zh: 站点, en: Site}\nlanguages: [zh, en]\ndefault_language: fr\n", "RS0106", "site.yaml", 3, 1),
        C("language listed twice", "site.yaml", "title: {zh: 站点, en: Site}\nlanguages: [zh, zh, en]\n", "RS0102", "site.yaml", 2, 1),
        C("site.yaml syntax error", "site.yaml", "title: {zh: 站点, en: Site\nlanguages: [zh, en]\n", "RS0101", "site.yaml", 1, 19),
        C("report year not a number", "reports/r/report.yaml", "title: {zh: 报告, en: Report}\nyear: twenty\n", "RS0102", "reports/r/report.yaml", 2, 7),
        C("report.yaml missing", "reports/r/report.yaml", null, "RS0103", "reports/r", 0, 0),
        C("cover image missing", "reports/r/report.yaml", "title: {zh: 报告, en: Report}\ncover: images/cover.png\n", "RS0202", "reports/r/report.yaml", 2, 1),
        C("cover image is a web address", "reports/r/report.yaml", "title: {zh: 报告, en: Report}\ncover: https://example.org/c.png\n", "RS0202", "reports/r/report.yaml", 2, 1),
        C("link to a missing chapter", Chapter, "---\ntitle: 引言\n---\n\n见[数据](03-data.md)。\n", "RS0201", Chapter, 5, 2),
        C("link to a missing section", Chapter, "---\ntitle: 引言\n---\n\n见[数据](02-data.md#sec-9)。\n", "RS0203", Chapter, 5, 2),
        C("reference to a missing id", Chapter, "---\ntitle: 引言\n---\n\n见@tbl-missing。\n", "RS0230", Chapter, 5, 2),
        new("reference to an id two other chapters give",
            [("reports/r/zh/02-data.md", "---\ntitle: 数据\n---\n\n## 数据要素\n\n```datatable source=index {#tbl-x}\n```\n"),
             ("reports/r/zh/03-more.md", "---\ntitle: 更多\n---\n\n## 更多\n\n```datatable source=index {#tbl-x}\n```\n"),
             (Chapter, "---\ntitle: 引言\n---\n\n## 背景\n\n见@tbl-x。\n")],
            "RS0231", Chapter, 7, 2),
        C("link to a missing anchor on the same page", Chapter, "---\ntitle: 引言\n---\n\n## 背景\n\n见[上文](#背景一)。\n", "RS0203", Chapter, 7, 2),
        C("missing image", Chapter, "---\ntitle: 引言\n---\n\n![图](../images/b.svg)\n", "RS0202", Chapter, 5, 1),
        C("two files, one URL (case only)", "reports/r/zh/01-Intro.md", "---\ntitle: 引言二\n---\n\n正文\n", "RS0401", "reports/r/zh/01-intro.md", 0, 0),
        C("page named like a reserved URL", "pages/zh/search.md", "---\ntitle: 搜索\n---\n\n正文\n", "RS0401", "pages/zh/search.md", 0, 0),
        C("duplicate chapter order", "reports/r/zh/02-data.md", "---\ntitle: 数据\norder: 1\n---\n\n正文\n", "RS0206", "reports/r/zh/02-data.md", 0, 0),
        C("empty chapter", "reports/r/zh/02-data.md", "---\ntitle: 数据\n---\n\n", "RS0205", "reports/r/zh/02-data.md", 4, 1),
        C("unknown front matter key", Chapter, "---\ntitle: 引言\nsummery: 摘要\n---\n\n正文\n", "RS0104", Chapter, 3, 1),
        C("heading skips a level", Chapter, "---\ntitle: 引言\n---\n\n## 背景\n\n#### 细节\n\n正文\n", "RS0204", Chapter, 7, 1),
        C("chapter without its translation", "reports/r/en/02-data.md", null, "RS0501", "reports/r/zh/02-data.md", 0, 0),
        C("translated_from names a missing language", English, "---\ntitle: Intro\ntranslated_from: {lang: fr, hash: 12345678}\n---\n\nText\n", "RS0502", English, 0, 0),
        C("outdated translation", English, "---\ntitle: Intro\ntranslated_from: {lang: zh, hash: 00000000}\n---\n\nText\n", "RS0503", English, 0, 0),
        C("mistyped number in a CSV data file", "data/index.csv", "name,score\n甲,1.5\n乙,2..0\n", "RS0602", "data/index.csv", 3, 3),
        new("mistyped number in a YAML data file",
            [("data/index.csv", null), ("data/index.yaml", "title: 指数\ncolumns:\n  - {key: name, label: 名称}\n  - {key: score, label: 得分, type: number}\nrows:\n  - {name: 丙, score: abc}\n")],
            "RS0602", "data/index.yaml", 6, 22),
        C("data rows both inline and in CSV", "data/index.yaml", "title: 指数\ncolumns:\n  - {key: name, label: 名称}\n  - {key: score, label: 得分, type: number}\nrows:\n  - {name: 丙, score: 1}\n", "RS0601", "data/index.yaml", 5, 1),
        C("datatable block with an unknown source", Chapter, "---\ntitle: 引言\n---\n\n```datatable source=indx\n```\n", "RS0603", Chapter, 5, 1),
        C("chart block with an unknown column", Chapter, "---\ntitle: 引言\n---\n\n正文\n\n```chart source=index label=name value=scroe\n```\n", "RS0603", Chapter, 7, 1),
        C("data block with a malformed option", Chapter, "---\ntitle: 引言\n---\n\n```datatable source=index caption=\"x\n```\n", "RS0603", Chapter, 5, 1),
        C("data block with an unknown option", Chapter, "---\ntitle: 引言\n---\n\n```datatable source=index sortby=score\n```\n", "RS0603", Chapter, 5, 1),
        C("Markdown in a folder of an unknown language", "reports/r/fr/01-intro.md", "---\ntitle: Intro\n---\n\nTexte\n", "RS0008", "reports/r/fr/01-intro.md", 0, 0),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_reported_precisely_and_a_failed_build_changes_nothing(Case bad)
    {
        using var site = new TestSite(GoodSite());
        site.BuildOk();
        var before = Snapshot(site.Output);

        foreach (var (path, text) in bad.Changes)
        {
            var full = Path.Combine(site.Input, path);
            if (text is null) File.Delete(full);
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }
        }
        var result = site.Build();

        var found = result.Diagnostics.Where(d => d.Code == bad.Code).ToList();
        Assert.True(found.Count > 0, $"expected {bad.Code}, got:\n" + string.Join("\n", result.Diagnostics));
        Assert.Contains(found, d => (d.File, d.Line, d.Column) == (bad.File, bad.Line, bad.Column));
        var diagnostic = found.First(d => (d.File, d.Line, d.Column) == (bad.File, bad.Line, bad.Column));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        if (diagnostic.Severity == Severity.Error)
        {
            Assert.NotNull(diagnostic.Hint);
            Assert.False(result.Succeeded);
            Assert.Equal(before, Snapshot(site.Output));
        }
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        using var site = new TestSite(GoodSite()
            .With(Chapter, "---\ntitle: 引言\norder: abc\nsummery: x\n---\n\n见[数据](03-data.md)和![图](../images/b.svg)。\n")
            .With("reports/r/report.yaml", "title: {zh: 报告, en: Report}\nyear: twenty\n"));
        var codes = site.Build().Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "RS0102", "RS0104", "RS0201", "RS0202" }, codes);
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllText);
}

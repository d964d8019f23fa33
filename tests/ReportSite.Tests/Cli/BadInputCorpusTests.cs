using System.CommandLine;
using ReportSite.Cli;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

/// <summary>
/// The whole CLI (build and check, through its entry point) over a corpus of hostile and careless
/// inputs (issues 17 and 18), each a small mutation of the minimal site: no output ever holds a
/// stack trace, every run exits 0 or 1, and every error names a file.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // permissions and symbolic links as on Linux and macOS
public class BadInputCorpusTests
{
    private const string Data =
        "title: {zh: 指数, en: Index}\ncolumns:\n  - {key: name, label: {zh: 名称, en: Name}}\n  - {key: score, label: {zh: 得分, en: Score}, type: number}\n";

    private static string Zh(string body, string frontMatter = "") => $"---\ntitle: 引言\n{frontMatter}---\n\n## 背景\n\n{body}\n";

    private static string ZhTable(string options = "") => Zh($"```datatable source=index {options}\n```");

    private static string ZhChart(string options) => Zh($"```chart source=index label=name value=score {options}\n```");

    /// <summary>The corpus: what each input is, and the files it writes over the minimal site (null text: the file is deleted).</summary>
    private static readonly (string Input, (string Path, string? Text)[] Files)[] Corpus =
    [
        // Control characters and terminal escapes (issue 18)
        ("escape sequence in a title", [("reports/r/zh/01-intro.md", "---\ntitle: \"\\e[2K\\rCheck passed: 0 errors\"\n---\n\n## 背景\n\n正文。\n")]),
        ("escape sequence in a bad value", [("reports/r/zh/01-intro.md", Zh("正文。", "order: \"\\e[31mred\\b\\u009b\"\n"))]),
        ("bidi override in a title", [("reports/r/report.yaml", "title: {zh: \"\u202E报告\", en: \"R\u202Eeport\"}\nyear: 2024\n")]),
        ("NUL and bell in text", [("reports/r/zh/01-intro.md", Zh("正文\0\a。"))]),
        ("control characters in a file name", [("reports/r/zh/02-\u001b[2Kx.md", Zh("x"))]),
        // Non-characters and odd Unicode
        ("U+FFFE in text", [("reports/r/zh/01-intro.md", Zh("正文\uFFFE。"))]),
        ("U+FFFF in a title", [("reports/r/zh/01-intro.md", "---\ntitle: \"\uFFFF\"\n---\n\n## 背景\n\n正文。\n")]),
        ("U+FDD0 in a heading", [("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n## 背景\uFDD0\n\n正文。\n")]),
        ("a lone surrogate escaped in YAML", [("reports/r/zh/01-intro.md", "---\ntitle: \"\\uD800\"\n---\n\n## 背景\n\n正文。\n")]),
        ("a BOM in the middle of front matter", [("reports/r/zh/01-intro.md", "---\ntitle: 引言\n\uFEFForder: 1\n---\n\n## 背景\n")]),
        // data-* attributes the theme reads (issue 18)
        ("data-language in raw HTML", [("reports/r/zh/01-intro.md", Zh("<a href=\"https://example.org/\" data-language=\"constructor\">x</a>"))]),
        ("data-sort in an attribute list", [("reports/r/zh/01-intro.md", Zh("[x](https://example.org/){data-sort=1}"))]),
        // Translation keys and names colliding with generated paths
        ("the same translation_key twice in one language", [("reports/r/zh/02-b.md", Zh("b", "translation_key: k\n")), ("reports/r/zh/03-c.md", Zh("c", "translation_key: k\n"))]),
        ("a report named search", [("reports/search/report.yaml", SiteFiles.ReportYaml), ("reports/search/zh/01-a.md", Zh("a")), ("reports/search/en/01-a.md", "---\ntitle: A\n---\n\n## Background\n\nText.\n")]),
        ("a report named glossary", [("reports/glossary/report.yaml", SiteFiles.ReportYaml), ("reports/glossary/zh/01-a.md", Zh("a"))]),
        ("a report named feed.xml", [("reports/feed.xml/report.yaml", SiteFiles.ReportYaml), ("reports/feed.xml/zh/01-a.md", Zh("a"))]),
        ("a report named index.html", [("reports/index.html/report.yaml", SiteFiles.ReportYaml), ("reports/index.html/zh/01-a.md", Zh("a"))]),
        ("a report named data", [("reports/data/report.yaml", SiteFiles.ReportYaml), ("reports/data/zh/01-a.md", Zh("a"))]),
        ("a report named assets", [("reports/assets/report.yaml", SiteFiles.ReportYaml), ("reports/assets/zh/01-a.md", Zh("a"))]),
        ("a chapter named index", [("reports/r/zh/02-index.md", Zh("x"))]),
        ("a page named search", [("pages/zh/search.md", Zh("x"))]),
        ("a page named glossary", [("pages/zh/glossary.md", Zh("x"))]),
        ("a page named feed.xml", [("pages/zh/feed.xml.md", Zh("x"))]),
        ("a page named index.html", [("pages/zh/index.html.md", Zh("x"))]),
        ("a page named r like a report", [("pages/zh/r.md", Zh("x"))]),
        // Years, numbers and options
        ("year out of range", [("reports/r/report.yaml", "title: {zh: 报告, en: Report}\nyear: 99999999999999999999\n")]),
        ("year as text", [("reports/r/report.yaml", "title: {zh: 报告, en: Report}\nyear: soon\n")]),
        ("order past int", [("reports/r/zh/01-intro.md", Zh("x", "order: 99999999999999999999\n"))]),
        ("NaN and Infinity in a number column", [("reports/r/zh/01-intro.md", ZhChart("")), ("data/index.yaml", Data), ("data/index.csv", "name,score\n甲,NaN\n乙,Infinity\n")]),
        ("subnormal values in a chart", [("reports/r/zh/01-intro.md", ZhChart("")), ("data/index.yaml", Data), ("data/index.csv", "name,score\n甲,4.9e-324\n乙,5e-324\n")]),
        ("huge values in a chart", [("reports/r/zh/01-intro.md", ZhChart("")), ("data/index.yaml", Data), ("data/index.csv", "name,score\n甲,1e308\n乙,-1.7976931348623157e308\n")]),
        ("negative zero in a chart", [("reports/r/zh/01-intro.md", ZhChart("")), ("data/index.yaml", Data), ("data/index.csv", "name,score\n甲,-0\n乙,-0.0\n")]),
        ("decimals of millions", [("reports/r/zh/01-intro.md", ZhChart("")), ("data/index.yaml", Data.Replace("type: number}", "type: number, decimals: 9999999}")), ("data/index.csv", "name,score\n甲,1\n")]),
        // CSV
        ("a CSV header naming one column twice", [("reports/r/zh/01-intro.md", ZhTable()), ("data/index.yaml", Data), ("data/index.csv", "name,score,score\n甲,1,2\n")]),
        ("a CSV with an unterminated quote", [("reports/r/zh/01-intro.md", ZhTable()), ("data/index.yaml", Data), ("data/index.csv", "name,score\n\"甲,1\n乙,2\n")]),
        ("a CSV with extra fields", [("reports/r/zh/01-intro.md", ZhTable()), ("data/index.yaml", Data), ("data/index.csv", "name,score\n甲,1,2,3\n")]),
        ("an empty CSV", [("reports/r/zh/01-intro.md", ZhTable()), ("data/index.yaml", Data), ("data/index.csv", "")]),
        ("a CSV of only a BOM", [("reports/r/zh/01-intro.md", ZhTable()), ("data/index.yaml", Data), ("data/index.csv", "\uFEFF")]),
        ("formula cells in a CSV", [("reports/r/zh/01-intro.md", ZhTable()), ("data/index.yaml", Data), ("data/index.csv", "name,score\n=cmd|' /C calc'!A0,1\n")]),
        ("a data table that does not exist", [("reports/r/zh/01-intro.md", ZhTable())]),
        ("a data definition that is a list", [("reports/r/zh/01-intro.md", ZhTable()), ("data/index.yaml", "- a\n"), ("data/index.csv", "name,score\n")]),
        // YAML
        ("site.yaml empty", [("site.yaml", "")]),
        ("site.yaml a list", [("site.yaml", "- a\n- b\n")]),
        ("site.yaml with a tab indent", [("site.yaml", "title:\n\tzh: x\n")]),
        ("site.yaml with an unknown tag", [("site.yaml", "title: !!python/object:os.system {zh: a, en: b}\nlanguages: [zh, en]\n")]),
        ("billion laughs", [("site.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\ntitle: {zh: a, en: b}\nlanguages: [zh, en]\n")]),
        ("languages empty", [("site.yaml", "title: {zh: a, en: b}\nlanguages: []\n")]),
        ("a language without an i18n table", [("site.yaml", "title: {zh: a, en: b}\nlanguages: [zh, en, xx]\n")]),
        ("a language code with a slash", [("site.yaml", "title: {zh: a, en: b}\nlanguages: [zh, \"../en\"]\n")]),
        ("the same language twice", [("site.yaml", "title: {zh: a, en: b}\nlanguages: [zh, zh]\n")]),
        ("report.yaml missing", [("reports/r/report.yaml", null)]),
        ("front matter never closed", [("reports/r/zh/01-intro.md", "---\ntitle: 引言\n\n## 背景\n")]),
        ("front matter that is a list", [("reports/r/zh/01-intro.md", "---\n- a\n---\n\nx\n")]),
        ("CR-only line endings", [("reports/r/zh/01-intro.md", "---\rtitle: 引言\r---\r\r## 背景\r\r正文。\r")]),
        ("a chapter in GBK", [("reports/r/zh/01-intro.md", "---\ntitle: \u00d2\u00fd\u00d1\u00d4\n---\n")]),
        // Markdown
        ("deeply nested quotes", [("reports/r/zh/01-intro.md", Zh(new string('>', 20000) + " x"))]),
        ("many link brackets", [("reports/r/zh/01-intro.md", Zh(string.Concat(Enumerable.Repeat("[a](", 20000))))]),
        ("a script tag", [("reports/r/zh/01-intro.md", Zh("<script>alert(1)</script>"))]),
        ("a javascript link", [("reports/r/zh/01-intro.md", Zh("[x](javascript:alert(1))"))]),
        ("an image that does not exist", [("reports/r/zh/01-intro.md", Zh("![x](nope.png)"))]),
        ("an image that is not an image", [("reports/r/zh/01-intro.md", Zh("![x](a.png)")), ("reports/r/zh/a.png", "not a png")]),
        ("a link out of the input folder", [("reports/r/zh/01-intro.md", Zh("[x](../../../../../etc/passwd)"))]),
        ("an unknown fenced block option", [("reports/r/zh/01-intro.md", Zh("```datatable\n```"))]),
        ("a heading id that is the theme's", [("reports/r/zh/01-intro.md", Zh("## Main {#main}"))]),
        ("braces in running text", [("reports/r/zh/01-intro.md", Zh("{{ page.title }} {% x %} {x}"))]),
        ("a cover that does not exist", [("reports/r/report.yaml", SiteFiles.ReportYaml + "cover: nope.png\n")]),
    ];

    /// <summary>Inputs the file system makes (links, permissions), as the name of the case and what to do to the input folder.</summary>
    private static readonly (string Input, Action<string> Prepare)[] FileSystemCorpus =
    [
        ("a dangling symbolic link used as an image", input =>
        {
            File.WriteAllText(Path.Combine(input, "reports/r/zh/01-intro.md"), Zh("![x](gone.png)"));
            File.CreateSymbolicLink(Path.Combine(input, "reports/r/zh/gone.png"), "/nonexistent/gone.png");
        }),
        ("a dangling symbolic link used as a cover", input =>
        {
            File.AppendAllText(Path.Combine(input, "reports/r/report.yaml"), "cover: gone.png\n");
            File.CreateSymbolicLink(Path.Combine(input, "reports/r/gone.png"), "/nonexistent/gone.png");
        }),
        ("a symbolic link out of the input", input => File.CreateSymbolicLink(Path.Combine(input, "reports/r/zh/02-passwd.md"), "/etc/passwd")),
        ("an unreadable image", input =>
        {
            File.WriteAllText(Path.Combine(input, "reports/r/zh/01-intro.md"), Zh("![x](secret.png)"));
            var image = Path.Combine(input, "reports/r/zh/secret.png");
            File.WriteAllBytes(image, [0x89, 0x50, 0x4E, 0x47]);
            File.SetUnixFileMode(image, UnixFileMode.None);
        }),
        ("an unreadable chapter", input => File.SetUnixFileMode(Path.Combine(input, "reports/r/en/01-intro.md"), UnixFileMode.None)),
        ("an unreadable report folder", input => File.SetUnixFileMode(Path.Combine(input, "reports/r/en"), UnixFileMode.None)),
        ("a folder where a chapter file is expected", input => Directory.CreateDirectory(Path.Combine(input, "reports/r/zh/02-folder.md"))),
    ];

    public static TheoryData<string> Inputs()
    {
        var names = new TheoryData<string>();
        foreach (var (input, _) in Corpus) names.Add(input);
        foreach (var (input, _) in FileSystemCorpus) names.Add(input);
        return names;
    }

    [Fact]
    public void The_corpus_holds_at_least_60_inputs() => Assert.True(Corpus.Length + FileSystemCorpus.Length >= 60);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Build_and_check_never_print_a_stack_trace_and_every_error_names_a_file(string input)
    {
        var files = SiteFiles.Minimal();
        foreach (var (path, text) in Corpus.FirstOrDefault(c => c.Input == input).Files ?? [])
        {
            if (text is null) files.Remove(path);
            else files[path] = text;
        }
        using var site = new TestSite(files);
        try
        {
            FileSystemCorpus.FirstOrDefault(c => c.Input == input).Prepare?.Invoke(site.Input);
            foreach (var args in new[] { new[] { "build", "--output", site.Output }, ["check"], ["check", "--strict"], ["check", "--format", "github"] })
            {
                var (exit, output, error) = Run([.. args, "--input", site.Input]);
                var all = output + error;
                var command = string.Join(' ', args.Take(2));
                Assert.True(exit is 0 or 1, $"{input}: {command} exited {exit}\n{all}");
                Assert.DoesNotContain("   at ", all);
                Assert.DoesNotContain("Exception:", all);
                Assert.DoesNotContain("RS0007", all); // an internal error is a bug, not an answer to bad input
                foreach (var line in error.Split('\n').Where(l => l.Contains(": error RS", StringComparison.Ordinal)))
                    Assert.False(line.StartsWith(": error", StringComparison.Ordinal) || line.StartsWith(" ", StringComparison.Ordinal), $"{input}: an error that names no file: {line}");
                if (exit == 1 && args[0] == "build") Assert.Contains(": error RS", error);
            }
        }
        finally
        {
            RestorePermissions(site.Input); // so the test's folder can be deleted
        }
    }

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ReportSiteCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static void RestorePermissions(string folder)
    {
        var unreadable = Path.Combine(folder, "reports/r/en");
        if (Directory.Exists(unreadable)) File.SetUnixFileMode(unreadable, (UnixFileMode)0b111_101_101);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 }).Prepend(folder))
        {
            if (new FileInfo(entry).LinkTarget is not null) continue;
            try { File.SetUnixFileMode(entry, Directory.Exists(entry) ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100); } catch (IOException) { }
        }
    }
}

using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.CodeHighlighting;

/// <summary>
/// A whole site with code in both languages: highlighted on the page (the copy labels of the page's
/// language beside it, for site.js), plain where the language is unknown, and left out of search as
/// before (a section is found by its prose, not by its code).
/// </summary>
public class CodeBlockSiteTests
{
    private static TestSite Site() => new(SiteFiles.Minimal()
        .With("reports/r/zh/01-intro.md", "---\ntitle: 引言\n---\n\n## 读取数据\n\n用 Python 读取示例数据。\n\n```python\nimport csv  # 标准库\nrows = list(csv.reader(open(\"a.csv\")))\n```\n\n```mermaid\ngraph TD; A-->B\n```\n")
        .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Reading the data\n\nRead the sample data with Python.\n\n```python\nimport csv  # standard library\nrows = list(csv.reader(open(\"a.csv\")))\n```\n\n```mermaid\ngraph TD; A-->B\n```\n"));

    [Theory]
    [InlineData("zh", "复制", "已复制", "# 标准库")]
    [InlineData("en", "Copy", "Copied", "# standard library")]
    public void Code_is_highlighted_on_the_page_with_the_copy_labels_of_its_language(string language, string copy, string copied, string comment)
    {
        using var site = Site();
        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
        var page = site.Html($"{language}/r/intro/index.html");
        var prose = page.QuerySelector(".prose")!;
        Assert.Equal(copy, prose.GetAttribute("data-copy-label"));
        Assert.Equal(copied, prose.GetAttribute("data-copied-label"));
        var python = page.QuerySelector("pre > code.language-python")!;
        Assert.Equal("import", python.QuerySelector(".hl-keyword")!.TextContent);
        Assert.Equal(comment, python.QuerySelector(".hl-comment")!.TextContent);
        Assert.Equal($"import csv  {comment}\nrows = list(csv.reader(open(\"a.csv\")))\n", python.TextContent);
        var mermaid = page.QuerySelector("pre > code.language-mermaid")!;
        Assert.Empty(mermaid.Children);
        Assert.Equal("graph TD; A-->B\n", mermaid.TextContent);
        Assert.Empty(page.QuerySelectorAll("button.code-block__copy")); // site.js adds it in the browser
    }

    [Theory]
    [InlineData("zh", "读取", "准库")] // Chinese is indexed in bigrams: 标准库 would be 标准, 准库
    [InlineData("en", "python", "library")]
    public void Search_finds_the_prose_around_code_but_not_the_code(string language, string prose, string code)
    {
        using var site = Site();
        site.BuildOk();
        var index = new SearchIndexReader(site.Output, language);
        Assert.True(index.Terms.ContainsKey(prose));
        Assert.False(index.Terms.ContainsKey(code));
    }
}

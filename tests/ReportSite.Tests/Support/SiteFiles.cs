namespace ReportSite.Tests.Support;

/// <summary>Small inline sites for tests: start from <see cref="Minimal"/> and add or replace files.</summary>
public static class SiteFiles
{
    public const string SiteYaml = "title: {zh: 测试站点, en: Test Site}\nlanguages: [zh, en]\n";
    public const string ReportYaml = "title: {zh: 测试报告, en: Test Report}\nyear: 2024\n";

    public static Dictionary<string, string> Minimal() => new()
    {
        ["site.yaml"] = SiteYaml,
        ["reports/r/report.yaml"] = ReportYaml,
        ["reports/r/zh/01-intro.md"] = "---\ntitle: 引言\n---\n\n## 背景\n\n正文。\n",
        ["reports/r/en/01-intro.md"] = "---\ntitle: Introduction\n---\n\n## Background\n\nText.\n",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> files, string path, string text)
    {
        files[path] = text;
        return files;
    }

    public static Dictionary<string, string> Without(this Dictionary<string, string> files, string path)
    {
        files.Remove(path);
        return files;
    }
}

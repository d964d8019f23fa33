namespace ReportSite.Tests.Support;

/// <summary>
/// The npm test tools (tests/package.json, installed by <c>npm ci --prefix tests</c>). Without them a
/// local run skips the tests that need them, saying how to install; on CI (CI=true) they must be there.
/// </summary>
public static class TestTools
{
    public static string NodeModules => Path.Combine(RepoPaths.Root, "tests", "node_modules");
    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");
    public static string HtmlValidate => Path.Combine(NodeModules, ".bin", "html-validate");

    /// <summary>Why a tool is missing, or null; throws on CI, where nothing may be skipped.</summary>
    public static string? Missing(string path)
    {
        if (File.Exists(path)) return null;
        var reason = $"{Path.GetRelativePath(RepoPaths.Root, path)} is missing: run 'npm ci --prefix tests'.";
        if (Browser.BrowserFixture.OnCi) throw new InvalidOperationException($"CI=true but {reason}");
        return reason;
    }
}

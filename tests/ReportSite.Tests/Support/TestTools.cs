namespace ReportSite.Tests.Support;

/// <summary>
/// The npm test tools (tests/package.json, installed by <c>npm ci --prefix tests</c>) and Debian's
/// cmark-gfm (the fidelity tests' oracle). Without them a local run skips the tests that need them,
/// saying how to install; on CI (CI=true) they must be there.
/// </summary>
public static class TestTools
{
    public static string NodeModules => Path.Combine(RepoPaths.Root, "tests", "node_modules");
    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");
    public static string HtmlValidate => Path.Combine(NodeModules, ".bin", "html-validate");

    /// <summary>GitHub's Markdown renderer, from Debian's cmark-gfm package (installed by .ci/run).</summary>
    public const string CmarkGfm = "/usr/bin/cmark-gfm";

    /// <summary>Poppler's PDF tools (Debian's poppler-utils, installed by .ci/run): the PDF tests read the PDFs with them.</summary>
    public const string PdfInfo = "/usr/bin/pdfinfo";
    public const string PdfToText = "/usr/bin/pdftotext";
    public const string PdfToHtml = "/usr/bin/pdftohtml";

    /// <summary>Why a tool is missing, or null; throws on CI, where nothing may be skipped.</summary>
    public static string? Missing(string path)
    {
        if (File.Exists(path)) return null;
        var install = path == CmarkGfm ? "apt-get install cmark-gfm" : path is PdfInfo or PdfToText or PdfToHtml ? "apt-get install poppler-utils" : "npm ci --prefix tests";
        var reason = $"{Path.GetRelativePath(RepoPaths.Root, path)} is missing: run '{install}'.";
        if (Browser.BrowserFixture.OnCi) throw new InvalidOperationException($"CI=true but {reason}");
        return reason;
    }
}

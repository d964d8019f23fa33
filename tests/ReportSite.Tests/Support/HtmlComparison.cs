using AngleSharp;
using AngleSharp.Diffing;

namespace ReportSite.Tests.Support;

/// <summary>
/// Compares an HTML fragment with a golden file, ignoring insignificant whitespace (AngleSharp.Diffing).
/// Set UPDATE_GOLDEN=1 to rewrite the golden files on purpose; review the diff before committing.
/// </summary>
public static class HtmlComparison
{
    public static void AssertMatchesGolden(AngleSharp.Dom.IElement actual, string goldenPath)
    {
        var actualHtml = actual.ToHtml(new AngleSharp.Html.PrettyMarkupFormatter { Indentation = "  " });
        var update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
        if (update || !File.Exists(goldenPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actualHtml.Trim() + "\n");
            Assert.True(update, $"Golden file {goldenPath} did not exist and was written; review it and run again.");
            return;
        }
        var expected = File.ReadAllText(goldenPath);
        var diffs = DiffBuilder.Compare(expected).WithTest(actualHtml).Build().ToList();
        Assert.True(diffs.Count == 0,
            $"Output differs from {Path.GetFileName(goldenPath)}:\n" + string.Join("\n", diffs.Select(Describe)) +
            $"\n--- actual ---\n{actualHtml}");
    }

    private static string Describe(AngleSharp.Diffing.Core.IDiff diff) => diff switch
    {
        AngleSharp.Diffing.Core.NodeDiff n => $"node differs: expected '{n.Control.Node.TextContent}' got '{n.Test.Node.TextContent}' at {n.Control.Path}",
        AngleSharp.Diffing.Core.AttrDiff a => $"attribute differs at {a.Control.Path}: expected '{a.Control.Attribute.Value}' got '{a.Test.Attribute.Value}'",
        AngleSharp.Diffing.Core.MissingNodeDiff m => $"missing node {m.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedNodeDiff u => $"unexpected node {u.Test.Path}",
        AngleSharp.Diffing.Core.MissingAttrDiff m => $"missing attribute {m.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedAttrDiff u => $"unexpected attribute {u.Test.Path}",
        _ => diff.ToString() ?? diff.GetType().Name,
    };
}

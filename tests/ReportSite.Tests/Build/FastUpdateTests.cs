using ReportSite.Build;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Build;

/// <summary>
/// The preview's fast path (<see cref="IncrementalRebuild"/>) must give what a full build of the
/// edited site gives: the HTML of every page and every diagnostic. The example site, with its
/// English chapter 2 stamped as a translation of the Chinese one, is edited in several ways.
/// </summary>
public sealed class FastUpdateTests : IDisposable
{
    private const string Original = "reports/world-internet-2024/zh/02-infrastructure.md";
    private const string Translation = "reports/world-internet-2024/en/02-infrastructure.md";
    private readonly TempDirectory _temp = new();

    public FastUpdateTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.ExampleInput, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_temp.Path, Path.GetRelativePath(RepoPaths.ExampleInput, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var hash = Generate(new SiteBuilder()).Site.Content.Single(p => p.Document.Source.Path == Original).Document.Source.ContentHash;
        Edit(Translation, text => text.Replace("---\n\n", $"translated_from: {{lang: zh, hash: {hash}}}\n---\n\n"));
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Edits => ["text", "title", "broken link", "data block", "heading"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_fast_update_gives_the_pages_and_diagnostics_of_a_full_build(string edit)
    {
        var builder = new SiteBuilder();
        var before = Generate(builder);
        Assert.DoesNotContain(before.Diagnostics, d => d.Code == DiagnosticCodes.TranslationOutdated.Id);
        Edit(Original, edit switch
        {
            "text" => text => text + "\n新的一段。\n",
            "title" => text => text.Replace("title: 信息基础设施扩容升级", "title: 信息基础设施继续扩容"),
            "broken link" => text => text + "\n见[别处](99-missing.md)。\n",
            "data block" => text => text + "\n```datatable source=wid-2024-sample limit=3 columns=name,total\ncaption: 新表\n```\n",
            "heading" => text => text.Replace("### 网络与算力", "### 网络、算力与接入"),
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        });

        var update = new IncrementalRebuild(builder).TryApply(before, [Original]);
        var full = Generate(new SiteBuilder());

        Assert.NotNull(update);
        Assert.Contains(full.Diagnostics, d => d.Code == DiagnosticCodes.TranslationOutdated.Id && d.File == Translation);
        Assert.Equal(full.Diagnostics, update.Generation.Diagnostics);
        Assert.Equal(full.Pages.Select(p => p.SitePath), update.Generation.Pages.Select(p => p.SitePath));
        foreach (var (fast, built) in update.Generation.Pages.Zip(full.Pages))
            Assert.True(fast.KeptHtml == built.KeptHtml, $"{fast.SitePath} differs after the fast update ({edit}).");
    }

    private SiteGeneration Generate(SiteBuilder builder)
    {
        var diagnostics = new DiagnosticBag();
        return builder.Generate(new BuildOptions
        {
            InputDirectory = _temp.Path,
            OutputDirectory = Path.Combine(_temp.Path, "..", "unused"),
            WriteOutput = false,
            ThemeSearchPaths = [RepoPaths.Themes],
        }, diagnostics, new StageTimer(), CancellationToken.None) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }

    private void Edit(string path, Func<string, string> change)
    {
        var full = Path.Combine(_temp.Path, path);
        File.WriteAllText(full, change(File.ReadAllText(full)));
    }
}

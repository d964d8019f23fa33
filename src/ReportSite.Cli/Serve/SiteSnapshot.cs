using System.Collections.Immutable;
using System.Text;
using ReportSite.Build;
using ReportSite.Linking;
using ReportSite.Output;

namespace ReportSite.Cli.Serve;

/// <summary>
/// A complete built site in memory, by output file path (<c>zh/wid/economy/index.html</c>), for the
/// preview server. Immutable: a rebuild makes a new snapshot and the server swaps it in whole, so a
/// reader never gets a half-built site.
/// </summary>
public sealed class SiteSnapshot
{
    private SiteSnapshot(ImmutableDictionary<string, byte[]> files, SiteGeneration generation)
    {
        Files = files;
        Generation = generation;
    }

    public ImmutableDictionary<string, byte[]> Files { get; }

    /// <summary>The build this snapshot shows.</summary>
    public SiteGeneration Generation { get; }

    public static SiteSnapshot From(SiteGeneration generation)
    {
        var files = ImmutableDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var page in generation.Pages) files[UrlBuilder.OutputFile(page.SitePath)] = Encoding.UTF8.GetBytes(page.KeptHtml);
        foreach (var file in generation.Files) files[file.SitePath] = file.Content;
        foreach (var media in generation.Site.Media) files[media.SitePath] = File.ReadAllBytes(Path.Combine(generation.InputDirectory, media.InputPath));
        foreach (var asset in generation.Theme.Assets) files[asset.SitePath] = File.ReadAllBytes(asset.Source);
        return new SiteSnapshot(files.ToImmutable(), generation);
    }

    /// <summary>This snapshot with some pages re-rendered and media added, for a generation derived from this one's.</summary>
    public SiteSnapshot With(SiteGeneration generation, IEnumerable<RenderedPage> pages)
    {
        var files = Files.ToBuilder();
        foreach (var page in pages) files[UrlBuilder.OutputFile(page.SitePath)] = Encoding.UTF8.GetBytes(page.KeptHtml);
        foreach (var media in generation.Site.Media.Where(m => !files.ContainsKey(m.SitePath)))
            files[media.SitePath] = File.ReadAllBytes(Path.Combine(generation.InputDirectory, media.InputPath));
        return new SiteSnapshot(files.ToImmutable(), generation);
    }
}

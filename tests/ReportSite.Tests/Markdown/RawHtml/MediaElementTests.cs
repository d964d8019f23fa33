using System.Diagnostics;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.RawHtml;

/// <summary>
/// Issue 17 follow-up: a <c>&lt;video&gt;</c> or <c>&lt;audio&gt;</c> is not published (RS0212, its
/// fallback text kept); its <c>&lt;source&gt;</c>s and <c>&lt;track&gt;</c>s, invalid outside it and
/// with no text of their own, go with its tags. A picture keeps its sources.
/// </summary>
public class MediaElementTests
{
    private const string Chapter = "en/r/intro/index.html";

    private const string Media = """
        Before.

        <video controls width="400">
          <source src="https://example.org/clip.webm" type="video/webm">
          <source src="https://example.org/clip.mp4" type="video/mp4">
          <track kind="captions" src="https://example.org/clip.vtt" srclang="en" label="English">
          Your browser cannot play this video.
        </video>

        Listen: <audio controls><source src="https://example.org/a.ogg" type="audio/ogg">No audio here.</audio> then read on.

        <picture>
          <source media="(min-width: 600px)" srcset="https://example.org/wide.png">
          <img src="https://example.org/narrow.png" alt="A chart">
        </picture>
        """;

    [Fact]
    public void Sources_and_tracks_of_an_unwrapped_video_or_audio_are_dropped_and_a_pictures_stay()
    {
        using var site = TestSite.WithChapter(Media);
        var result = site.BuildOk();
        var prose = site.Html(Chapter).QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll("video, audio, track"));
        Assert.All(prose.QuerySelectorAll("source"), source => Assert.Equal("picture", source.ParentElement!.LocalName));
        Assert.Single(prose.QuerySelectorAll("picture > source"));
        Assert.Contains("Your browser cannot play this video.", prose.TextContent);
        Assert.Contains("No audio here.", prose.TextContent);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml.Id);
        var unwrapped = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnwrappedHtml.Id).OrderBy(d => d.Line).ToList();
        Assert.Equal([("video", 7), ("audio", 14)], unwrapped.Select(d => (d.Message.Split('<', '>')[1], d.Line)));
        Assert.All(unwrapped, d => Assert.Contains("sources and tracks were dropped", d.Hint));
    }

    [SkippableFact]
    public void A_page_with_video_and_audio_is_valid_html()
    {
        var missing = TestTools.Missing(TestTools.HtmlValidate);
        Skip.If(missing is not null, missing);
        using var site = TestSite.WithChapter(Media);
        site.BuildOk();
        var (exitCode, output) = HtmlValidate(Path.Combine(site.Output, Chapter));
        Assert.True(exitCode == 0, $"html-validate found problems:\n{output}");
    }

    /// <summary>Runs html-validate (recommended rules, tests/.htmlvalidate.json) on one page, as <c>HtmlValidityTests</c> runs it on the example site.</summary>
    private static (int ExitCode, string Output) HtmlValidate(string page)
    {
        var start = new ProcessStartInfo(TestTools.HtmlValidate)
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "tests"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--max-warnings");
        start.ArgumentList.Add("0");
        start.ArgumentList.Add(page);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(1));
        return (process.ExitCode, output.Result + error.Result);
    }
}

using System.Diagnostics;
using ReportSite.Output;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Output;

/// <summary>
/// The previous output, moved aside when a build puts the new site in place, is removed by whoever the
/// build hands it to (the CLI: a background process); only such a folder is ever removed, and one being
/// removed is left to its remover by the builds that start meanwhile.
/// </summary>
public class RetiredOutputTests
{
    private static string Folder(string parent, string name, bool marked)
    {
        var folder = Path.Combine(parent, name);
        Directory.CreateDirectory(Path.Combine(folder, "zh", "r"));
        File.WriteAllText(Path.Combine(folder, "zh", "r", "index.html"), "previous site");
        if (marked) OutputMarker.WriteTo(folder);
        return folder;
    }

    [Fact]
    public void Commit_hands_the_previous_output_to_the_remover_and_it_alone_deletes_it()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("_site");
        using (var first = new StagedOutput(target)) { first.WriteText("index.html", "first"); first.Commit(); }
        string? handed = null;
        using (var second = new StagedOutput(target)) { second.WriteText("index.html", "second"); second.Commit(folder => handed = folder); }

        Assert.NotNull(handed);
        Assert.Matches(@"^\._site\.old-[0-9a-f]{32}$", Path.GetFileName(handed));
        Assert.Equal("first", File.ReadAllText(Path.Combine(handed, "index.html")));
        Assert.Equal("second", File.ReadAllText(Path.Combine(target, "index.html")));

        Assert.True(RetiredOutput.Remove(handed));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("._site.old-0123456789abcdef0123456789abcdef", false)] // not marked: someone's
    [InlineData("._site.old-mine", true)]
    [InlineData("._site.staging-0123456789abcdef0123456789abcdef", true)] // a build's staging folder: not a previous output
    [InlineData("_site", true)] // the output itself
    [InlineData("site.old-0123456789abcdef0123456789abcdef", true)]
    public void Anything_but_a_marked_previous_output_is_left_alone(string name, bool marked)
    {
        using var temp = new TempDirectory();
        var folder = Folder(temp.Path, name, marked);

        Assert.False(RetiredOutput.Remove(folder));

        Assert.Equal("previous site", File.ReadAllText(Path.Combine(folder, "zh", "r", "index.html")));
    }

    [Fact]
    public void A_link_named_like_a_previous_output_is_not_followed()
    {
        using var temp = new TempDirectory();
        var real = Folder(temp.Path, "precious", marked: true);
        var link = temp.Combine("._site.old-0123456789abcdef0123456789abcdef");
        Directory.CreateSymbolicLink(link, real);

        Assert.False(RetiredOutput.Remove(link));

        Assert.Equal("previous site", File.ReadAllText(Path.Combine(real, "zh", "r", "index.html")));
    }

    [Fact]
    public void A_previous_output_being_removed_is_left_to_its_remover_by_a_build_starting_meanwhile()
    {
        using var temp = new TempDirectory();
        var old = Folder(temp.Path, $"._site.old-{Guid.NewGuid():N}", marked: true);
        var lockFile = Path.Combine(old, BuildLock.FileName);
        File.WriteAllText(lockFile, "");
        using var remover = Process.Start(new ProcessStartInfo("flock", ["--exclusive", lockFile, "cat"]) { RedirectStandardInput = true })!;
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!BuildLock.IsHeld(old) && DateTime.UtcNow < deadline) Thread.Sleep(20);
            Assert.True(BuildLock.IsHeld(old));

            using (var build = new StagedOutput(temp.Combine("_site"))) build.Commit();
            Assert.False(RetiredOutput.Remove(old)); // a second remover backs off too

            Assert.Equal("previous site", File.ReadAllText(Path.Combine(old, "zh", "r", "index.html")));
        }
        finally
        {
            remover.StandardInput.Close();
            remover.WaitForExit();
        }
        Assert.True(RetiredOutput.Remove(old));
        Assert.False(Directory.Exists(old));
    }
}

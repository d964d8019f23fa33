using ReportSite.Output;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Output;

/// <summary>A killed build leaves its staging folder behind; the next build removes what is recognisably ours, nothing else.</summary>
public class StaleStagingTests
{
    private static string Folder(TestSite site, string name, bool marked)
    {
        var folder = Path.Combine(Path.GetDirectoryName(site.Output)!, name);
        Directory.CreateDirectory(Path.Combine(folder, "zh"));
        File.WriteAllText(Path.Combine(folder, "zh", "index.html"), "half written");
        if (marked) OutputMarker.WriteTo(folder);
        return folder;
    }

    [Fact]
    public void Staging_and_old_folders_left_by_killed_builds_are_removed_by_the_next_build()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var staging = Folder(site, $"._site.staging-{Guid.NewGuid():N}", marked: true);
        var old = Folder(site, $"._site.old-{Guid.NewGuid():N}", marked: true);

        site.BuildOk();

        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
    }

    [Theory]
    [InlineData("._site.staging-0123456789abcdef0123456789abcdef", false)]
    [InlineData("._site.staging-mine", true)]
    [InlineData("._site.backup-0123456789abcdef0123456789abcdef", true)]
    [InlineData(".other.staging-0123456789abcdef0123456789abcdef", true)]
    public void Look_alike_folders_that_are_not_clearly_ours_stay(string name, bool marked)
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var folder = Folder(site, name, marked);

        site.BuildOk();

        Assert.Equal("half written", File.ReadAllText(Path.Combine(folder, "zh", "index.html")));
    }


    [Fact]
    public void A_build_running_into_the_same_folder_keeps_its_staging_folder_and_both_finish()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("_site");
        using var first = new StagedOutput(target);
        first.WriteText("index.html", "first");

        using (var second = new StagedOutput(target)) // starts while the first is writing: takes it for a killed build's
        {
            Assert.True(File.Exists(Path.Combine(first.StagingDirectory, "index.html")));
            second.WriteText("index.html", "second");
            second.Commit();
        }
        first.WriteText("more.html", "still writing");
        first.Commit();

        Assert.Equal("first", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal([".reportsite-output", "index.html", "more.html"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_staging_folder_of_a_build_in_another_process_is_left_alone()
    {
        using var temp = new TempDirectory();
        var staging = temp.Combine($"._site.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        OutputMarker.WriteTo(staging);
        // flock, as the other process's build holds it: a child that keeps the lock file locked until we close its input.
        File.WriteAllText(Path.Combine(staging, ".reportsite-build.lock"), "");
        using var holder = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("flock", ["--exclusive", Path.Combine(staging, ".reportsite-build.lock"), "cat"]) { RedirectStandardInput = true })!;
        WaitUntilLocked(Path.Combine(staging, ".reportsite-build.lock"));
        try
        {
            using (var build = new StagedOutput(temp.Combine("_site"))) build.Commit();

            Assert.True(Directory.Exists(staging));
        }
        finally
        {
            holder.StandardInput.Close();
            holder.WaitForExit();
        }
        using (var next = new StagedOutput(temp.Combine("_site"))) next.Commit();
        Assert.False(Directory.Exists(staging));
    }

    private static void WaitUntilLocked(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try { using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) { return; }
            Thread.Sleep(20);
        }
        throw new TimeoutException("flock did not take the lock");
    }
}

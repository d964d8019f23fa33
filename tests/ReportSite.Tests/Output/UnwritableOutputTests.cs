using ReportSite.Build;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Output;

/// <summary>An output path that cannot be written is one RS0404 error naming it, never an internal error.</summary>
public class UnwritableOutputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_output_path_is_refused(string output)
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var error = Assert.Single(TestSite.Errors(site.BuildInto(output)));
        Assert.Equal("RS0404", error.Code);
        Assert.Null(site.BuildInto(output).InternalException);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused_and_the_file_kept()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        using var temp = new TempDirectory();
        var file = temp.Combine("site.txt");
        File.WriteAllText(file, "keep me");

        var error = Assert.Single(TestSite.Errors(site.BuildInto(file)));

        Assert.Equal("RS0404", error.Code);
        Assert.Contains(file, error.Message);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void An_output_path_under_a_file_is_refused()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        using var temp = new TempDirectory();
        var file = temp.Combine("site.txt");
        File.WriteAllText(file, "keep me");

        var error = Assert.Single(TestSite.Errors(site.BuildInto(Path.Combine(file, "deeper", "_site"))));

        Assert.Equal("RS0404", error.Code);
        Assert.Contains(file, error.Message);
    }

    [Fact]
    public void An_output_folder_the_system_does_not_let_us_write_is_one_error_naming_it()
    {
        // Tests run as root, so permissions cannot refuse a write; /proc refuses even root.
        using var site = new TestSite(SiteFiles.Minimal());
        var result = site.BuildInto("/proc/reportsite-site");

        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("RS0404", error.Code);
        Assert.Contains("/proc/reportsite-site", error.Message);
        Assert.Null(result.InternalException);
    }

    [SkippableFact]
    public void A_full_disk_is_one_error_naming_the_folder_and_leaves_no_staging_folder()
    {
        // A 64 KiB tmpfs fills up partway through the build; mounting needs root, so elsewhere this is skipped.
        using var site = new TestSite(SiteFiles.Minimal());
        using var temp = new TempDirectory();
        var disk = temp.Combine("disk");
        Directory.CreateDirectory(disk);
        using (var mount = System.Diagnostics.Process.Start("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk]))
        {
            mount.WaitForExit();
            Skip.If(mount.ExitCode != 0, "tmpfs cannot be mounted here");
        }
        try
        {
            File.WriteAllBytes(Path.Combine(disk, "filler"), new byte[60 * 1024]);
            var result = site.BuildInto(Path.Combine(disk, "_site"));

            var error = Assert.Single(TestSite.Errors(result));
            Assert.Equal("RS0404", error.Code);
            Assert.Contains(Path.Combine(disk, "_site"), error.Message);
            Assert.Null(result.InternalException);
            Assert.Equal(["filler"], Directory.GetFileSystemEntries(disk).Select(Path.GetFileName));
        }
        finally
        {
            using var unmount = System.Diagnostics.Process.Start("umount", [disk]);
            unmount.WaitForExit();
        }
    }
}

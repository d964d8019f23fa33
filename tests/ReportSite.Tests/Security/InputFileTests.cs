using System.Text;
using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>Hostile input (issue 10): oversized and wrongly encoded files, and symbolic links out of the input folder.</summary>
public class InputFileTests
{
    private const string ChapterFile = "reports/r/en/01-intro.md";

    [Fact]
    public void A_file_over_the_size_limit_is_an_error_naming_it_and_the_output_is_left_alone()
    {
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, ChapterFile), "---\ntitle: Big\n---\n\n" + new string('a', 11 * 1024 * 1024));
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "previous.html"), "previous build");
        ReportSite.Output.OutputMarker.WriteTo(site.Output); // a previous build's output

        var result = site.Build();

        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal((DiagnosticCodes.FileTooLarge.Id, ChapterFile), (error.Code, error.File));
        Assert.Contains("at most 10 MB", error.Message);
        Assert.Contains("max_file_size_mb", error.Hint);
        Assert.Equal("previous build", File.ReadAllText(Path.Combine(site.Output, "previous.html")));
    }

    [Fact]
    public void The_size_limit_is_set_in_site_yaml()
    {
        using var site = TestSite.WithChapter("Text.");
        File.AppendAllText(Path.Combine(site.Input, "site.yaml"), "max_file_size_mb: 1\n");
        File.WriteAllText(Path.Combine(site.Input, ChapterFile), "---\ntitle: Big\n---\n\n" + new string('a', 2 * 1024 * 1024));
        Assert.Equal(DiagnosticCodes.FileTooLarge.Id, Assert.Single(TestSite.Errors(site.Build())).Code);

        File.WriteAllText(Path.Combine(site.Input, "site.yaml"), SiteFiles.SiteYaml + "max_file_size_mb: 3\n");
        site.BuildOk();
    }

    [Fact]
    public void A_chapter_saved_as_gbk_is_an_error_at_the_first_bad_byte()
    {
        using var site = TestSite.WithChapter("Text.");
        var gbk = new byte[] { 0xBB, 0xA5, 0xC1, 0xAA, 0xCD, 0xF8 }; // 互联网 in GBK
        File.WriteAllBytes(Path.Combine(site.Input, ChapterFile), [.. Encoding.UTF8.GetBytes("---\ntitle: 引言\n---\n\nAB "), .. gbk, .. "\n"u8]);

        var error = Assert.Single(TestSite.Errors(site.Build()));

        Assert.Equal((DiagnosticCodes.NotUtf8.Id, ChapterFile, 5, 4), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("0xBB", error.Message);
        Assert.Contains("GBK", error.Message);
    }

    [Fact]
    public void A_utf16_file_is_named_as_such()
    {
        using var site = TestSite.WithChapter("Text.");
        File.WriteAllText(Path.Combine(site.Input, ChapterFile), "---\ntitle: Intro\n---\n\nText.\n", Encoding.Unicode);
        var error = Assert.Single(TestSite.Errors(site.Build()));
        Assert.Equal(DiagnosticCodes.NotUtf8.Id, error.Code);
        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public void An_image_linked_to_a_file_outside_the_input_is_refused_and_not_published()
    {
        using var secret = new TempDirectory();
        File.WriteAllText(secret.Combine("id_rsa"), "PRIVATE KEY");
        using var site = TestSite.WithChapter("![key](../images/key.png)");
        Directory.CreateDirectory(Path.Combine(site.Input, "reports/r/images"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "reports/r/images/key.png"), secret.Combine("id_rsa"));

        var errors = TestSite.Errors(site.Build());

        var link = Assert.Single(errors, e => e.Code == DiagnosticCodes.SymlinkOutside.Id);
        Assert.Equal("reports/r/images/key.png", link.File);
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.MissingImage.Id);
        Assert.False(site.Exists("reports/r/images/key.png"));
    }

    [Fact]
    public void A_folder_linked_outside_the_input_is_not_read()
    {
        using var secret = new TempDirectory();
        Directory.CreateDirectory(secret.Combine("en"));
        File.WriteAllText(secret.Combine("en/02-secret.md"), "---\ntitle: Secret\n---\n\nSecret text.\n");
        using var site = TestSite.WithChapter("Text.");
        Directory.CreateDirectory(Path.Combine(site.Input, "reports/s"));
        File.WriteAllText(Path.Combine(site.Input, "reports/s/report.yaml"), SiteFiles.ReportYaml);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "reports/s/en"), secret.Combine("en"));

        var result = site.Build();

        Assert.Equal("reports/s/en", Assert.Single(TestSite.Errors(result), e => e.Code == DiagnosticCodes.SymlinkOutside.Id).File);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "en/s/secret")));
    }

    [Fact]
    public void Links_inside_the_input_are_followed_and_published_as_plain_files()
    {
        using var site = TestSite.WithChapter("![dot](../images/alias.png)");
        Directory.CreateDirectory(Path.Combine(site.Input, "reports/r/images"));
        File.WriteAllBytes(Path.Combine(site.Input, "reports/r/images/dot.png"), [0x89, 0x50, 0x4E, 0x47]);
        File.CreateSymbolicLink(Path.Combine(site.Input, "reports/r/images/alias.png"), "dot.png");
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "reports/r/loop"), ".."); // a loop must not hang the build

        site.BuildOk();

        var published = new FileInfo(Path.Combine(site.Output, "reports/r/images/alias.png"));
        Assert.True(published.Exists);
        Assert.Null(published.LinkTarget);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories),
            p => new FileInfo(p).LinkTarget is not null);
    }

    [Theory]
    [InlineData("reports/r/en/02-pipe.md")]
    [InlineData("data/pipe.csv")]
    [InlineData("reports/r/images/pipe.png")]
    public void A_named_pipe_in_the_input_is_refused_instead_of_waiting_for_a_writer(string path)
    {
        using var site = TestSite.WithChapter("Text.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Input, path))!);
        MakeFifo(Path.Combine(site.Input, path));

        var error = Assert.Single(TestSite.Errors(BuildWithin(site, TimeSpan.FromSeconds(60))));

        Assert.Equal((DiagnosticCodes.FileUnreadable.Id, path), (error.Code, error.File));
        Assert.Contains("not a regular file", error.Message);
    }

    [Fact]
    public void A_socket_and_a_link_to_a_named_pipe_in_the_input_are_refused()
    {
        using var site = TestSite.WithChapter("Text.");
        Directory.CreateDirectory(Path.Combine(site.Input, "reports/r/images"));
        MakeFifo(Path.Combine(site.Input, "reports/r/images/.pipe"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "reports/r/images/alias.png"), ".pipe");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(site.Input, "reports/r/images/socket.png")));

        var errors = TestSite.Errors(BuildWithin(site, TimeSpan.FromSeconds(60)));

        Assert.Equal(["reports/r/images/alias.png", "reports/r/images/socket.png"],
            errors.Where(e => e.Code == DiagnosticCodes.FileUnreadable.Id).Select(e => e.File).Order(StringComparer.Ordinal));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>The build, failing the test rather than hanging it when the build waits on a file.</summary>
    private static ReportSite.Build.BuildResult BuildWithin(TestSite site, TimeSpan limit)
    {
        var build = Task.Run(() => site.Build());
        Assert.True(build.Wait(limit), "the build did not finish");
        return build.Result;
    }
}

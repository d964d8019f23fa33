using ReportSite.Diagnostics;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Security;

/// <summary>
/// Symbolic links in a theme folder (issue 18) follow the rule of input/: one that leads out of the
/// theme is refused (RS0005) and nothing is read through it, whether it would be published as an
/// asset, inlined as a layout or partial, or read as an i18n table.
/// </summary>
public class ThemeLinkTests
{
    [Theory]
    [InlineData("assets/secret.txt")]
    [InlineData("assets/css/site.css")]
    [InlineData("partials/secret.html")]
    [InlineData("layouts/secret.html")]
    [InlineData("i18n/en.yaml")]
    public void A_theme_file_linked_outside_the_theme_is_refused_and_not_read(string path)
    {
        using var secret = new TempDirectory();
        File.WriteAllText(secret.Combine("id_rsa"), "PRIVATE KEY");
        using var site = TestSite.WithOwnTheme(theme =>
        {
            File.Delete(Path.Combine(theme, path));
            File.CreateSymbolicLink(Path.Combine(theme, path), secret.Combine("id_rsa"));
        });

        var result = site.Build();

        // This theme lies inside input/: the link is one error, the theme's, not a second one from input/'s listing.
        var error = Assert.Single(TestSite.Errors(result), e => e.Code == DiagnosticCodes.SymlinkOutside.Id);
        Assert.Equal($"themes/default/{path}", error.File);
        Assert.Contains("outside the theme folder", error.Message);
        if (Directory.Exists(site.Output))
            Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("PRIVATE KEY"));
    }

    [Fact]
    public void A_theme_folder_linked_outside_the_theme_is_not_read()
    {
        using var secret = new TempDirectory();
        File.WriteAllText(secret.Combine("id_rsa"), "PRIVATE KEY");
        using var site = TestSite.WithOwnTheme(theme => Directory.CreateSymbolicLink(Path.Combine(theme, "assets/home"), secret.Path));

        var result = site.Build();

        Assert.Contains(TestSite.Errors(result), e => e.Code == DiagnosticCodes.SymlinkOutside.Id
            && e.File == "themes/default/assets/home" && e.Message.Contains("outside the theme folder"));
        Assert.False(Directory.Exists(site.Output) && Directory.EnumerateFiles(site.Output, "id_rsa", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void Links_inside_the_theme_are_followed()
    {
        using var site = TestSite.WithOwnTheme(theme =>
            File.CreateSymbolicLink(Path.Combine(theme, "assets/icon-copy.svg"), Path.Combine(theme, "assets/icon.svg")));

        site.BuildOk();

        Assert.Single(Directory.EnumerateFiles(site.Output, "icon-copy*.svg", SearchOption.AllDirectories));
    }
}

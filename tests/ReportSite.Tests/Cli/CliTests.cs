using System.CommandLine;
using ReportSite.Cli;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Cli;

public class CliTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ReportSiteCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Build_prints_a_one_line_summary_with_pages_per_language()
    {
        // No themes/ folder in or beside this site: the theme that ships with the tool is used.
        using var site = new TestSite(SiteFiles.Minimal());
        var (exit, output, error) = Run("build", "--input", site.Input, "--output", site.Output);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Matches(@"^Built 12 pages \(zh 6, en 6\), \d+ files in .+ in \d+\.\d\d s; 0 errors, 0 warnings\.\s*$", output);
        Assert.True(site.Exists("zh/r/intro/index.html"));
    }

    [Fact]
    public void Build_with_errors_exits_1_and_names_file_line_and_column()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/01-intro.md", "---\ntitle: 引言\norder: abc\n---\n\n## 背景\n\n正文\n"));
        var (exit, output, error) = Run("build", "--input", site.Input, "--output", site.Output);
        Assert.Equal(1, exit);
        Assert.Contains("reports/r/zh/01-intro.md:3:8: error RS0102: 'order' must be a whole number", error);
        Assert.StartsWith("Build failed: 1 error, 0 warnings;", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_language_without_theme_strings_is_one_line_at_site_yaml_not_a_stack_trace()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("site.yaml", "title: {zh: 测试站点, en: Test Site}\nlanguages: [zh, en, fr]\n"));
        foreach (var args in new[] { new[] { "build", "--output", site.Output }, ["check"] })
        {
            var (exit, output, error) = Run([.. args, "--input", site.Input]);
            Assert.Equal(1, exit);
            // (Warnings name the texts that lack fr, RS0108; the one error says why nothing was built.)
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(": error ", StringComparison.Ordinal));
            Assert.Matches(@"site\.yaml:2:1: error RS0106: Language 'fr' has no strings in the theme", line);
            Assert.DoesNotContain("   at ", output + error);
        }
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_unexpected_exception_is_one_RS0007_line_naming_the_file_and_exit_code_1()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = UnexpectedErrors.Run(new CommandOutput(output, error), ".",
            () => throw new AggregateException(new ReportSite.Diagnostics.InternalError("reports/x/zh/01.md", new InvalidOperationException("boom"))));
        Assert.Equal(1, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("reports/x/zh/01.md: error RS0007: Internal error while processing reports/x/zh/01.md: boom", line);
        Assert.Contains(UnexpectedErrors.DebugVariable, line);
    }

    [Fact]
    public void Build_help_lists_the_options()
    {
        var (exit, output, _) = Run("build", "--help");
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--input", "--output", "--base-url", "--drafts", "--no-cache" }) Assert.Contains(option, output);
    }

    [Fact]
    public void Build_keeps_converted_formulas_in_the_users_cache_folder_unless_told_not_to()
    {
        using var site = TestSite.WithChapter("The overall score is $S$.");
        var cache = ReportSite.Markdown.Mathematics.FormulaCache.For(SiteOptions.UserCacheDirectory, site.Input).File;
        try
        {
            Assert.Equal(0, Run("build", "--input", site.Input, "--output", site.Output, "--no-cache").Exit);
            Assert.False(File.Exists(cache));
            Assert.Equal(0, Run("build", "--input", site.Input, "--output", site.Output).Exit);
            Assert.Contains("\"tex\": \"S\"", File.ReadAllText(cache));
            Assert.False(Directory.Exists(Path.Combine(site.Input, ".reportsite")));
        }
        finally
        {
            File.Delete(cache);
        }
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var site = new TestSite(SiteFiles.Minimal());
        var (exit, output, _) = Run("check", "--input", site.Input);
        Assert.Equal(0, exit);
        Assert.StartsWith("Check passed: 0 errors, 0 warnings", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_strict_turns_warnings_into_errors()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/02-only.md", "---\ntitle: 仅中文\n---\n\n正文\n"));
        Assert.Equal(0, Run("check", "--input", site.Input).Exit);
        var (exit, _, error) = Run("check", "--input", site.Input, "--strict");
        Assert.Equal(1, exit);
        Assert.Contains("error RS0501", error);
    }

    [Fact]
    public void Check_format_github_prints_workflow_annotations()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/en/01-intro.md", "---\ntitle: Intro\n---\n\nSee [x](02-missing.md).\n"));
        var (exit, output, _) = Run("check", "--input", site.Input, "--format", "github");
        Assert.Equal(1, exit);
        Assert.Matches(@"::error file=[^,]*reports/r/en/01-intro\.md,line=5,col=5,title=RS0201::Link to '02-missing\.md'", output);
    }

    [Fact]
    public void Check_translations_prints_a_table_and_stamp_records_the_original_hash()
    {
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/02-only.md", "---\ntitle: 仅中文\n---\n\n正文\n"));
        var (_, table, _) = Run("check", "--input", site.Input, "--translations");
        Assert.Matches(@"1\s+引言\s+01-intro\.md\s+01-intro\.md\s+ok", table);
        Assert.Matches(@"2\s+仅中文\s+02-only\.md\s+—\s+missing: no en", table);

        var english = Path.Combine(site.Input, "reports/r/en/01-intro.md");
        var (exit, output, _) = Run("check", "--input", site.Input, "--translations", "--stamp", english);
        Assert.Equal(0, exit);
        Assert.Matches(@"translated_from: \{lang: zh, hash: [0-9a-f]{8}\}", File.ReadAllText(english));
        Assert.Contains("translated_from", output);

        File.AppendAllText(Path.Combine(site.Input, "reports/r/zh/01-intro.md"), "\n新增一段。\n");
        var (_, after, error) = Run("check", "--input", site.Input, "--translations");
        Assert.Matches(@"1\s+引言\s+01-intro\.md\s+01-intro\.md\s+stale", after);
        Assert.Contains("warning RS0503", error);
    }

    [Fact]
    public void Check_and_check_translations_report_headings_that_differ_between_languages()
    {
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/en/01-intro.md", "---\ntitle: Introduction\n---\n\n## Background\n\nText.\n\n## More\n"));
        var (exit, output, error) = Run("check", "--input", site.Input);
        Assert.Equal(0, exit);
        Assert.Contains("reports/r/zh/01-intro.md:5:1: warning RS0504", error);
        Assert.Contains("reports/r/en/01-intro.md:9:1: warning RS0504", error);
        Assert.Contains("2 warnings", output);

        var (_, table, _) = Run("check", "--input", site.Input, "--translations");
        Assert.Matches(@"1\s+引言\s+01-intro\.md\s+01-intro\.md\s+ok; headings differ \(zh ends after line 5, en line 9\)", table);
        Assert.Contains("1 with different headings (RS0504)", table);
    }

    [Fact]
    public void New_scaffolds_a_bilingual_site_that_builds_without_a_single_warning()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("my-site");
        var (exit, output, _) = Run("new", site);
        Assert.Equal(0, exit);
        Assert.Contains("reportsite serve", output);
        var (buildExit, buildOutput, errors) = Run("build", "--input", Path.Combine(site, "input"), "--output", Path.Combine(site, "_site"));
        Assert.Equal(0, buildExit);
        Assert.Equal("", errors);
        Assert.Contains("0 errors, 0 warnings", buildOutput);
        Assert.True(File.Exists(Path.Combine(site, "_site", "en", "annual-report", "findings", "index.html")));
    }

    [Fact]
    public void New_writes_a_tool_manifest_pinning_this_version_and_the_pages_workflow_and_update_refreshes_only_those()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("my-site");
        Assert.Equal(0, Run("new", site).Exit);
        var manifest = File.ReadAllText(Path.Combine(site, ".config", "dotnet-tools.json"));
        Assert.Contains($"\"version\": \"{ProjectScaffold.ToolVersion}\"", manifest);
        Assert.Contains("\"reportsite.cli\"", manifest);
        Assert.Contains("\"reportsite\"", manifest);
        var workflow = Path.Combine(site, ".github", "workflows", "pages.yml");
        Assert.Contains("dotnet tool restore", File.ReadAllText(workflow));
        Assert.Contains("dotnet reportsite serve", File.ReadAllText(Path.Combine(site, "README.md")));

        // An older tool's files and an edited chapter: --update rewrites the first, never the second.
        File.WriteAllText(workflow, "# an older workflow\n");
        File.WriteAllText(Path.Combine(site, ".config", "dotnet-tools.json"), manifest.Replace(ProjectScaffold.ToolVersion, "0.0.1"));
        var chapter = Path.Combine(site, "input", "reports", "annual-report", "en", "01-introduction.md");
        File.AppendAllText(chapter, "\nMy own paragraph.\n");
        var readme = Path.Combine(site, "README.md");
        File.WriteAllText(readme, "# Our reports\n");
        var (exit, output, _) = Run("new", "--update", site);

        Assert.Equal(0, exit);
        Assert.Contains("updated   .github/workflows/pages.yml", output);
        Assert.Contains(ProjectScaffold.ToolVersion, File.ReadAllText(Path.Combine(site, ".config", "dotnet-tools.json")));
        Assert.Contains("dotnet tool restore", File.ReadAllText(workflow));
        Assert.EndsWith("My own paragraph.\n", File.ReadAllText(chapter));
        Assert.Equal("# Our reports\n", File.ReadAllText(readme));
        var again = Run("new", "--update", site).Out;
        Assert.Contains("unchanged .github/workflows/pages.yml", again);
        Assert.Contains("unchanged .config/dotnet-tools.json", again);
    }

    [Theory]
    [InlineData("no input/ folder", "new", "--update")]
    [InlineData("no site.yaml", "theme", "eject", "--input")]
    public void A_command_that_works_on_a_site_refuses_a_folder_that_is_not_one_and_writes_nothing(string message, params string[] command)
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = Run([.. command, temp.Path]);
        Assert.Equal(1, exit);
        Assert.Contains(message, error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Theme_eject_copies_the_default_theme_beside_the_input_keeps_edited_files_and_the_site_builds_with_them()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("my-site");
        Assert.Equal(0, Run("new", site).Exit);
        var input = Path.Combine(site, "input");

        var (exit, output, _) = Run("theme", "eject", "--input", input);
        Assert.Equal(0, exit);
        var theme = Path.Combine(site, "themes", "default");
        var builtIn = Path.Combine(RepoPaths.Themes, "default");
        var files = Directory.GetFiles(builtIn, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(builtIn, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(theme, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(theme, f)).Order(StringComparer.Ordinal));
        Assert.Contains($"Copied {files.Count} files", output);

        var footer = Path.Combine(theme, "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>Our own footer</p></footer>"));
        var again = Run("theme", "eject", "--input", input);
        Assert.Contains($"Copied 0 files", again.Out);
        Assert.Contains($"({files.Count} already there, kept)", again.Out);
        Assert.Contains("Our own footer", File.ReadAllText(footer));

        Assert.Equal(0, Run("build", "--input", input, "--output", Path.Combine(site, "_site")).Exit);
        Assert.Contains("Our own footer", File.ReadAllText(Path.Combine(site, "_site", "en", "annual-report", "introduction", "index.html")));
    }

    [Fact]
    public void New_refuses_a_folder_that_is_not_empty()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("keep.txt"), "mine");
        var (exit, _, error) = Run("new", temp.Path);
        Assert.Equal(1, exit);
        Assert.Contains("not empty", error);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void New_onto_a_file_or_under_one_is_one_line_and_the_file_kept()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("notes.txt");
        File.WriteAllText(file, "mine");
        foreach (var target in new[] { file, Path.Combine(file, "site") })
        {
            var (exit, output, error) = Run("new", target);
            Assert.Equal(1, exit);
            Assert.Single(error.Trim().Split('\n'));
            Assert.DoesNotContain("   at ", output + error);
            Assert.Equal("mine", File.ReadAllText(file));
        }
    }

    [Theory]
    [InlineData(DiagnosticPrinter.Text)]
    [InlineData(DiagnosticPrinter.GitHub)]
    public void A_value_with_terminal_escapes_is_printed_visibly_and_cannot_fake_a_summary(string format)
    {
        // YAML's "\e" is ESC: the value tries to erase the line and print a passing summary.
        using var site = new TestSite(SiteFiles.Minimal().With("reports/r/zh/01-intro.md",
            "---\ntitle: 引言\norder: \"\\e[2K\\rCheck passed: 0 errors\\u202e\\x9b\"\n---\n\n## 背景\n\n正文\n"));
        var (exit, output, error) = Run("check", "--input", site.Input, "--format", format);
        Assert.Equal(1, exit);
        Assert.DoesNotContain(output + error, c => (char.IsControl(c) && c is not '\n' and not '\r') || c == '\u202E');
        Assert.Contains(@"\u001b[2K", output + error);
    }

    [Fact]
    public void The_translation_table_and_stamp_messages_print_titles_and_file_names_visibly()
    {
        // A title that clears the screen and a file name holding an escape: the table and --stamp echo both.
        var name = "02-\u001b[2Jx.md";
        using var site = new TestSite(SiteFiles.Minimal()
            .With("reports/r/zh/01-intro.md", "---\ntitle: \"\\e[2J引言\\u202e\"\n---\n\n## 背景\n\n正文。\n")
            .With($"reports/r/zh/{name}", "---\ntitle: 二\n---\n\n## 背景\n\n正文。\n"));
        var (_, table, tableErrors) = Run("check", "--input", site.Input, "--translations");
        var (_, stamped, stampErrors) = Run("check", "--input", site.Input, "--translations", "--stamp", Path.Combine(site.Input, "reports/r/zh", name));

        foreach (var printed in new[] { table + tableErrors, stamped + stampErrors })
        {
            Assert.DoesNotContain(printed, c => (char.IsControl(c) && c is not '\n' and not '\r') || c == '\u202E');
            Assert.Contains(@"\u001b[2J", printed);
        }
    }
}
